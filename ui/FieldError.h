#pragma once

#include <QLabel>

namespace rd {

struct Error;

// A red message shown right under a field, saying what is wrong and what to do; hidden when empty.
class FieldError final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldError)

public:
    explicit FieldError(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showError(const Error &error); // message and hint
    void clearError();
    bool hasError() const { return !text().isEmpty(); }

    // `field` with this error label under it, in one widget for a form row.
    static QWidget *wrap(QWidget *field, FieldError *error, QWidget *parent);
    static QWidget *wrap(QLayout *field, FieldError *error, QWidget *parent);
};

} // namespace rd
