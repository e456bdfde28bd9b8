#pragma once

#include "config/Profile.h"
#include "search/SearchTypes.h"

#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace rd {

class FieldError;
class SecretStore;
struct Error;

// Quick entry straight into the CRM: a new contact (name, phone, e-mail, each checked with the error beside
// the field) and a one-item order (the product picked from a CRM catalog search as you type, a quantity,
// the buyer). Each result links to the CRM page. Every CRM call runs on a worker thread.
class QuickActionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickActionsPage)

public:
    QuickActionsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                     QWidget *parent = nullptr);
    ~QuickActionsPage() override;

    // Opens CRM pages (default QDesktopServices::openUrl); tests replace it.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    bool isBusy() const { return m_contactBusy || m_orderBusy || m_offersBusy; }
    QLineEdit *contactName() const { return m_contactName; }
    QLineEdit *contactPhone() const { return m_contactPhone; }
    QLineEdit *contactEmail() const { return m_contactEmail; }
    FieldError *contactNameError() const { return m_contactNameError; }
    FieldError *contactPhoneError() const { return m_contactPhoneError; }
    FieldError *contactEmailError() const { return m_contactEmailError; }
    QPushButton *createContactButton() const { return m_createContact; }
    QLabel *contactResult() const { return m_contactResult; }

    QLineEdit *productSearch() const { return m_productSearch; }
    QTreeWidget *offers() const { return m_offers; }
    FieldError *productError() const { return m_productError; }
    QSpinBox *quantity() const { return m_quantity; }
    QLineEdit *buyerName() const { return m_buyerName; }
    QLineEdit *buyerPhone() const { return m_buyerPhone; }
    QLineEdit *buyerEmail() const { return m_buyerEmail; }
    FieldError *buyerNameError() const { return m_buyerNameError; }
    FieldError *buyerPhoneError() const { return m_buyerPhoneError; }
    FieldError *buyerEmailError() const { return m_buyerEmailError; }
    QPushButton *createOrderButton() const { return m_createOrder; }
    QLabel *orderResult() const { return m_orderResult; }
    // The offer chosen in the list (nullptr when none).
    const CrmOfferSummary *chosenOffer() const;

public Q_SLOTS:
    void createContact();
    void createOrder();
    void findProducts(); // with the product search text, now

Q_SIGNALS:
    void contactFinished(bool ok, qint64 id);
    void orderFinished(bool ok, qint64 id, const QString &number);
    void offersLoaded(bool ok, int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Checks name, phone and e-mail, showing each error beside its field; true when all are fine.
    static bool checkContact(QLineEdit *name, QLineEdit *phone, QLineEdit *email, FieldError *nameError,
                             FieldError *phoneError, FieldError *emailError);
    // A CRM refusal: field errors go beside their fields, the rest into `general`.
    static void showCrmError(const Error &error, FieldError *nameError, FieldError *phoneError, FieldError *emailError,
                             QLabel *general);
    void updateBusy();

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    std::function<bool(const QUrl &)> m_openUrl;

    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    FieldError *m_contactNameError = nullptr;
    FieldError *m_contactPhoneError = nullptr;
    FieldError *m_contactEmailError = nullptr;
    QPushButton *m_createContact = nullptr;
    QLabel *m_contactResult = nullptr;

    QLineEdit *m_productSearch = nullptr;
    QTreeWidget *m_offers = nullptr; // offers: name, article, price, in stock
    QLabel *m_offersStatus = nullptr;
    FieldError *m_productError = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_buyerName = nullptr;
    QLineEdit *m_buyerPhone = nullptr;
    QLineEdit *m_buyerEmail = nullptr;
    FieldError *m_buyerNameError = nullptr;
    FieldError *m_buyerPhoneError = nullptr;
    FieldError *m_buyerEmailError = nullptr;
    QPushButton *m_createOrder = nullptr;
    QLabel *m_orderResult = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_debounce = nullptr;

    QList<CrmOfferSummary> m_offerList; // row i of m_offers
    quint64 m_offersGeneration = 0;
    bool m_contactBusy = false;
    bool m_orderBusy = false;
    bool m_offersBusy = false;
    bool m_shownOnce = false;
};

} // namespace rd
