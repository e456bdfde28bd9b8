#pragma once

#include "config/Profile.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rd {

class FieldError;
class SecretStore;

// Every setting of the profile (INTERFACE.md) editable, validated with the error beside the field, saved to the
// profile; the API key and DB password go to the keychain (never shown back: the page says whether one is
// stored); the interface language (auto | en | ru).
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    // The field editing an INI key ("crm/url", "shop/prefix", ...; "secret/crm-api-key", "secret/shop-db-password",
    // "ui/language") and its error label.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    FieldError *error(const QString &key) const { return m_errors.value(key); }
    QLabel *secretState(const QString &key) const { return m_secretStates.value(key); }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    const Profile &profile() const { return m_profile; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Validates, saves the profile and the typed secrets. Emits profileSaved on success.
    bool save();
    // Reads whether the keychain holds each secret (worker thread).
    void refreshSecretState();

Q_SIGNALS:
    void profileSaved(const QString &filePath);
    void secretStateKnown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateDriver();
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *field);

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, FieldError *> m_errors;
    QHash<QString, QLabel *> m_secretStates;
    QHash<QString, QWidget *> m_rows;
    QFormLayout *m_shopForm = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_site = nullptr;
    QSpinBox *m_rate = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_socket = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_siteUrl = nullptr;
    QComboBox *m_weight = nullptr;
    QLineEdit *m_statuses = nullptr;
    QCheckBox *m_msop = nullptr;
    QCheckBox *m_crmNumber = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
    bool m_shownOnce = false;
};

} // namespace rd
