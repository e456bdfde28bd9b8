#pragma once

#include "SearchTypes.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace rd {

class CrmClient;

// A person typed in by the operator (CLI `contact create`, `order quick`; the GUI's quick forms).
struct ContactDraft
{
    QString name; // full name: 3 words → lastName firstName patronymic, else all in firstName (MAPPING.md)
    QString phone; // optional
    QString email; // optional
};

// How `QuickOrderDraft::product` names the offer.
enum class OfferRefKind {
    ExternalId, // the offer's externalId = the shop product id (ICML offer@id); the default
    Id, // the CRM's own offer id
};

struct QuickOrderDraft
{
    QString product; // the offer, see `by`
    OfferRefKind by = OfferRefKind::ExternalId;
    double quantity = 1; // > 0
    ContactDraft contact;
};

struct QuickOrderResult
{
    qint64 id = 0; // CRM order id
    QString number; // CRM order number
    CrmOfferSummary offer; // the offer the item was made of
    qint64 customerId = 0; // the existing customer it was tied to (0: the CRM made one from the contact)
    QJsonObject order; // the order as the CRM answered it (may be {} when it answered only the id)
};

// Quick entry of contacts and one-item orders straight into the CRM. Blocking (CrmClient::waitFor):
// CLI or worker thread only.
//
//   QuickEntry quick(client);
//   Result<qint64> id = quick.createContact({u"Иванов Иван Иванович"_s, u"+7 915 000-00-00"_s, {}});
//   Result<QuickOrderResult> o = quick.createOrder({u"42"_s, OfferRefKind::ExternalId, 2, contact});
class QuickEntry final
{
public:
    explicit QuickEntry(CrmClient &client);

    // Checks the draft (name not blank, e-mail and phone formats) and builds the customer JSON:
    // name parts, email, phones [{number}]. Errors are ErrorCode::Usage naming the bad value.
    static Result<QJsonObject> customerJson(const ContactDraft &draft);
    // The e-mail trimmed, or Error(Usage) when it is not local@domain.tld.
    static Result<QString> checkEmail(const QString &email);
    // The phone trimmed with inner whitespace runs made one space, or Error(Usage): only digits,
    // spaces, "()-." and one leading '+' are allowed, with 5 to 15 digits.
    static Result<QString> checkPhone(const QString &phone);
    // The order JSON for orders/create: status "new", the contact's names/phone/email, one item
    // {offer: {id}, productName, initialPrice, quantity}; customer {id} when customerId > 0.
    static QJsonObject orderJson(const CrmOfferSummary &offer, double quantity, const QJsonObject &contact,
                                 qint64 customerId);

    // POST customers/create → the new customer's CRM id.
    Result<qint64> createContact(const ContactDraft &draft);

    // Finds the offer (GET store/offers filter[externalIds][] or filter[ids][]; Error(NotFound) when the
    // catalog lacks it), ties the order to an existing customer with the same e-mail (GET customers
    // filter[email], exact match) or else the same phone digits (filter[name]), and POSTs orders/create.
    Result<QuickOrderResult> createOrder(const QuickOrderDraft &draft);

    // GET store/offers for one offer; Error(NotFound) when absent.
    Result<CrmOfferSummary> findOffer(const QString &ref, OfferRefKind by);

private:
    qint64 findCustomer(const QString &email, const QString &phone);

    CrmClient &m_client;
};

} // namespace rd
