#include "FieldError.h"

#include "common/Error.h"

#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(u"color: #c62828;"_s);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldError::showError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void FieldError::showError(const Error &error)
{
    showError(error.hint.isEmpty() ? error.message : error.message + u' ' + error.hint);
}

void FieldError::clearError()
{
    showError(QString());
}

QWidget *FieldError::wrap(QWidget *field, FieldError *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

QWidget *FieldError::wrap(QLayout *field, FieldError *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    layout->addWidget(error);
    return box;
}

} // namespace rd
