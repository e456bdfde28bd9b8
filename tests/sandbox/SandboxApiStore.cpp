// SandboxApi: the store (products, offers, inventories, prices) and the data side of /_sandbox/.

#include "SandboxApi.h"

#include <QHash>
#include <QJsonDocument>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariantMap offerColumns(const QJsonObject &offer)
{
    return { { u"product_id"_s, offer.value(u"productId"_s).toInteger() },
             { u"external_id"_s, offer.value(u"externalId"_s).toString() },
             { u"xml_id"_s, offer.value(u"xmlId"_s).toString() },
             { u"article"_s, offer.value(u"article"_s).toString() },
             { u"name"_s, offer.value(u"name"_s).toString().toLower() },
             { u"json"_s, compact(offer) } };
}

// The identifier a client used for an offer, echoed in notFoundOffers.
QJsonObject offerIdentity(const QJsonObject &ref)
{
    QJsonObject out;
    for (const QString &k : { u"id"_s, u"externalId"_s, u"xmlId"_s }) {
        if (ref.contains(k))
            out.insert(k, ref.value(k));
    }
    return out;
}

} // namespace

std::optional<QJsonObject> SandboxApi::findOffer(const QJsonObject &ref) const
{
    if (ref.value(u"id"_s).isDouble())
        return m_store->findJson(u"offers"_s, u"id"_s, ref.value(u"id"_s).toInteger());
    if (ref.value(u"externalId"_s).isString())
        return m_store->findJson(u"offers"_s, u"external_id"_s, ref.value(u"externalId"_s).toString());
    if (ref.value(u"xmlId"_s).isString())
        return m_store->findJson(u"offers"_s, u"xml_id"_s, ref.value(u"xmlId"_s).toString());
    return std::nullopt;
}

QJsonObject SandboxApi::offerView(const QJsonObject &stored) const
{
    QJsonObject v = stored;
    v.remove(u"productId"_s);
    v.remove(u"stores"_s);
    QJsonArray prices;
    const QJsonObject map = stored.value(u"prices"_s).toObject();
    int ordering = 10;
    for (auto it = map.begin(); it != map.end(); ++it) {
        prices.append(QJsonObject { { u"priceType"_s, it.key() },
                                    { u"price"_s, it.value() },
                                    { u"ordering"_s, ordering },
                                    { u"currency"_s, u"RUB"_s } });
        ordering += 10;
    }
    v.insert(u"prices"_s, prices);
    if (!v.contains(u"quantity"_s))
        v.insert(u"quantity"_s, 0);
    if (!v.contains(u"active"_s))
        v.insert(u"active"_s, true);
    return v;
}

SandboxHttpResponse SandboxApi::productsList(const Call &call)
{
    int limit = 20;
    int page = 1;
    if (auto bad = pagination(call, { 20, 50, 100, 250 }, &limit, &page))
        return *bad;
    SqlFilter f;
    const SandboxParams &p = call.params;
    if (!p.list(u"filter[ids]"_s).isEmpty())
        f.addIn(u"id"_s, p.list(u"filter[ids]"_s));
    if (const QString v = p.value(u"filter[externalId]"_s); !v.isEmpty())
        f.add(u"external_id = ?"_s, { v });
    if (const QString v = p.value(u"filter[name]"_s).trimmed().toLower(); !v.isEmpty())
        f.add(u"instr(search, ?) > 0"_s, { v });
    if (const QString v = p.value(u"filter[offerExternalId]"_s); !v.isEmpty())
        f.add(u"id IN (SELECT product_id FROM offers WHERE external_id = ?)"_s, { v });
    if (const QString v = p.value(u"filter[sinceId]"_s); !v.isEmpty())
        f.add(u"id > ?"_s, { v.toLongLong() });
    qint64 total = 0;
    const QList<QJsonObject> rows = m_store->selectJson(u"products"_s, f, limit, (page - 1) * limit, &total);
    QJsonArray products;
    for (QJsonObject product : rows) {
        SqlFilter of;
        of.add(u"product_id = ?"_s, { product.value(u"id"_s).toInteger() });
        QJsonArray offers;
        double quantity = 0;
        double minPrice = -1;
        double maxPrice = 0;
        for (const QJsonObject &o : m_store->selectJson(u"offers"_s, of, 0, 0, nullptr)) {
            const QJsonObject view = offerView(o);
            offers.append(view);
            quantity += o.value(u"quantity"_s).toDouble();
            const double price = o.value(u"price"_s).toDouble();
            minPrice = minPrice < 0 ? price : qMin(minPrice, price);
            maxPrice = qMax(maxPrice, price);
        }
        product.insert(u"offers"_s, offers);
        product.insert(u"quantity"_s, quantity);
        product.insert(u"minPrice"_s, qMax(0.0, minPrice));
        product.insert(u"maxPrice"_s, maxPrice);
        if (!product.contains(u"active"_s))
            product.insert(u"active"_s, true);
        products.append(product);
    }
    return SandboxHttpResponse::json(200,
                                     { { u"success"_s, true },
                                       { u"pagination"_s, paginationObject(limit, page, total) },
                                       { u"products"_s, products } });
}

SandboxHttpResponse SandboxApi::offersList(const Call &call)
{
    int limit = 20;
    int page = 1;
    if (auto bad = pagination(call, { 20, 50, 100, 250 }, &limit, &page))
        return *bad;
    SqlFilter f;
    const SandboxParams &p = call.params;
    if (!p.list(u"filter[ids]"_s).isEmpty())
        f.addIn(u"id"_s, p.list(u"filter[ids]"_s));
    if (!p.list(u"filter[externalIds]"_s).isEmpty())
        f.addIn(u"external_id"_s, p.list(u"filter[externalIds]"_s));
    if (!p.list(u"filter[xmlIds]"_s).isEmpty())
        f.addIn(u"xml_id"_s, p.list(u"filter[xmlIds]"_s));
    if (const QString v = p.value(u"filter[name]"_s).trimmed().toLower(); !v.isEmpty())
        f.add(u"instr(name, ?) > 0"_s, { v });
    if (const QString v = p.value(u"filter[sinceId]"_s); !v.isEmpty())
        f.add(u"id > ?"_s, { v.toLongLong() });
    qint64 total = 0;
    QJsonArray offers;
    for (const QJsonObject &o : m_store->selectJson(u"offers"_s, f, limit, (page - 1) * limit, &total))
        offers.append(offerView(o));
    return SandboxHttpResponse::json(
        200,
        { { u"success"_s, true }, { u"pagination"_s, paginationObject(limit, page, total) }, { u"offers"_s, offers } });
}

SandboxHttpResponse SandboxApi::inventoriesList(const Call &call)
{
    int limit = 20;
    int page = 1;
    if (auto bad = pagination(call, { 20, 50, 100, 250 }, &limit, &page))
        return *bad;
    SqlFilter f;
    const SandboxParams &p = call.params;
    if (const QString v = p.value(u"filter[offerExternalId]"_s); !v.isEmpty())
        f.add(u"external_id = ?"_s, { v });
    if (const QString v = p.value(u"filter[offerArticle]"_s); !v.isEmpty())
        f.add(u"article = ?"_s, { v });
    if (const QString v = p.value(u"filter[productArticle]"_s); !v.isEmpty())
        f.add(u"product_id IN (SELECT id FROM products WHERE json_extract(json, '$.article') = ?)"_s, { v });
    const QString detailsValue = p.value(u"filter[details]"_s);
    const bool details = detailsValue == u"1" || detailsValue == u"true";
    qint64 total = 0;
    QJsonArray offers;
    for (const QJsonObject &o : m_store->selectJson(u"offers"_s, f, limit, (page - 1) * limit, &total)) {
        QJsonObject item { { u"id"_s, o.value(u"id"_s) },
                           { u"externalId"_s, o.value(u"externalId"_s) },
                           { u"quantity"_s, o.value(u"quantity"_s).toDouble() } };
        if (o.contains(u"xmlId"_s))
            item.insert(u"xmlId"_s, o.value(u"xmlId"_s));
        if (details) {
            QJsonArray stores;
            const QJsonObject map = o.value(u"stores"_s).toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const QJsonObject s = it.value().toObject();
                stores.append(QJsonObject { { u"store"_s, it.key() },
                                            { u"quantity"_s, s.value(u"quantity"_s) },
                                            { u"purchasePrice"_s, s.value(u"purchasePrice"_s) } });
            }
            item.insert(u"stores"_s, stores);
        }
        offers.append(item);
    }
    return SandboxHttpResponse::json(
        200,
        { { u"success"_s, true }, { u"pagination"_s, paginationObject(limit, page, total) }, { u"offers"_s, offers } });
}

SandboxHttpResponse SandboxApi::inventoriesUpload(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"offers"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"offers"_s, u"This value should be of type array."_s } });
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > 250)
        return SandboxHttpResponse::error(
            400, u"Errors in the input parameters"_s,
            { { u"offers"_s,
                list.isEmpty() ? u"This collection should contain 1 element or more."_s
                               : u"This collection should contain 250 elements or less."_s } });
    FieldErrors errors;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = u"offers[%1]."_s.arg(i);
        const QJsonObject item = list.at(i).toObject();
        if (!item.contains(u"id"_s) && !item.contains(u"externalId"_s) && !item.contains(u"xmlId"_s))
            errors.append({ prefix + u"externalId"_s, u"Give the offer's id, externalId or xmlId."_s });
        checkArray(item, u"stores"_s, prefix, &errors);
        const QJsonArray stores = item.value(u"stores"_s).toArray();
        for (qsizetype s = 0; s < stores.size(); ++s) {
            const QString sp = prefix + u"stores[%1]."_s.arg(s);
            const QJsonObject store = stores.at(s).toObject();
            if (!store.value(u"code"_s).isString())
                errors.append({ sp + u"code"_s, u"This value should not be blank."_s });
            else if (!m_store->reference(u"store"_s, store.value(u"code"_s).toString()))
                errors.append({ sp + u"code"_s, u"Store \"%1\" not found."_s.arg(store.value(u"code"_s).toString()) });
            checkNumber(store, u"available"_s, sp, &errors);
            checkNumber(store, u"purchasePrice"_s, sp, &errors);
        }
    }
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));

    int processed = 0;
    QJsonArray notFound;
    m_store->transaction();
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        std::optional<QJsonObject> offer = findOffer(item);
        if (!offer) {
            notFound.append(offerIdentity(item));
            continue;
        }
        QJsonObject stores = offer->value(u"stores"_s).toObject();
        for (const QJsonValue &s : item.value(u"stores"_s).toArray()) {
            const QJsonObject store = s.toObject();
            QJsonObject entry = stores.value(store.value(u"code"_s).toString()).toObject();
            if (store.contains(u"available"_s))
                entry.insert(u"quantity"_s, store.value(u"available"_s));
            if (store.contains(u"purchasePrice"_s))
                entry.insert(u"purchasePrice"_s, store.value(u"purchasePrice"_s));
            stores.insert(store.value(u"code"_s).toString(), entry);
        }
        double quantity = 0;
        for (const QJsonValue &s : stores)
            quantity += s.toObject().value(u"quantity"_s).toDouble();
        offer->insert(u"stores"_s, stores);
        offer->insert(u"quantity"_s, quantity);
        if (Status s = m_store->update(u"offers"_s, offer->value(u"id"_s).toInteger(), offerColumns(*offer)); !s) {
            m_store->rollback();
            return SandboxHttpResponse::error(500, s.error().message);
        }
        ++processed;
    }
    m_store->commit();
    QJsonObject out { { u"success"_s, true }, { u"processedOffersCount"_s, processed } };
    if (!notFound.isEmpty())
        out.insert(u"notFoundOffers"_s, notFound);
    return SandboxHttpResponse::json(200, out);
}

SandboxHttpResponse SandboxApi::pricesUpload(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"prices"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"prices"_s, u"This value should be of type array."_s } });
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > 250)
        return SandboxHttpResponse::error(
            400, u"Errors in the input parameters"_s,
            { { u"prices"_s,
                list.isEmpty() ? u"This collection should contain 1 element or more."_s
                               : u"This collection should contain 250 elements or less."_s } });
    FieldErrors errors;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = u"prices[%1]."_s.arg(i);
        const QJsonObject item = list.at(i).toObject();
        if (!item.contains(u"id"_s) && !item.contains(u"externalId"_s) && !item.contains(u"xmlId"_s))
            errors.append({ prefix + u"externalId"_s, u"Give the offer's id, externalId or xmlId."_s });
        if (!item.value(u"prices"_s).isArray()) {
            errors.append({ prefix + u"prices"_s, u"This value should be of type array."_s });
            continue;
        }
        const QJsonArray prices = item.value(u"prices"_s).toArray();
        for (qsizetype j = 0; j < prices.size(); ++j) {
            const QString pp = prefix + u"prices[%1]."_s.arg(j);
            const QJsonObject price = prices.at(j).toObject();
            const QString code = price.value(u"code"_s).toString();
            if (code.isEmpty())
                errors.append({ pp + u"code"_s, u"This value should not be blank."_s });
            else if (!m_store->reference(u"priceType"_s, code))
                errors.append({ pp + u"code"_s, u"Price type \"%1\" not found."_s.arg(code) });
            if (!price.value(u"remove"_s).toBool() && !price.value(u"price"_s).isDouble())
                errors.append({ pp + u"price"_s, u"This value should be of type numeric."_s });
        }
    }
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));

    int processed = 0;
    QJsonArray notFound;
    m_store->transaction();
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        std::optional<QJsonObject> offer = findOffer(item);
        if (!offer) {
            notFound.append(offerIdentity(item));
            continue;
        }
        QJsonObject prices = offer->value(u"prices"_s).toObject();
        for (const QJsonValue &p : item.value(u"prices"_s).toArray()) {
            const QJsonObject price = p.toObject();
            const QString code = price.value(u"code"_s).toString();
            if (price.value(u"remove"_s).toBool())
                prices.remove(code);
            else
                prices.insert(code, price.value(u"price"_s));
        }
        offer->insert(u"prices"_s, prices);
        if (prices.contains(u"base"_s))
            offer->insert(u"price"_s, prices.value(u"base"_s));
        if (Status s = m_store->update(u"offers"_s, offer->value(u"id"_s).toInteger(), offerColumns(*offer)); !s) {
            m_store->rollback();
            return SandboxHttpResponse::error(500, s.error().message);
        }
        ++processed;
    }
    m_store->commit();
    return SandboxHttpResponse::json(
        200, { { u"success"_s, true }, { u"processedOffersCount"_s, processed }, { u"notFoundOffers"_s, notFound } });
}

// ---- control -----------------------------------------------------------------------------------------------

SandboxHttpResponse SandboxApi::controlReset(const QJsonObject &body)
{
    if (Status s = m_store->wipe(body.value(u"catalog"_s).toBool()); !s)
        return SandboxHttpResponse::error(500, s.error().message);
    return SandboxHttpResponse::json(200, { { u"success"_s, true } });
}

SandboxHttpResponse SandboxApi::controlDump()
{
    QJsonArray customers;
    for (const QJsonObject &c : m_store->selectJson(u"customers"_s, {}, 0, 0, nullptr))
        customers.append(c);
    QJsonArray orders;
    for (const QJsonObject &o : m_store->selectJson(u"orders"_s, {}, 0, 0, nullptr))
        orders.append(o);
    return SandboxHttpResponse::json(
        200, { { u"success"_s, true }, { u"customers"_s, customers }, { u"orders"_s, orders } });
}

SandboxHttpResponse SandboxApi::controlProducts(const QJsonObject &body)
{
    if (!body.value(u"products"_s).isArray())
        return SandboxHttpResponse::error(400,
                                          u"Give {\"products\": [{externalId, name, article?, url?, offers?: "
                                          "[{externalId, xmlId?, name?, article?, price?, quantity?}]}]}."_s);
    int productCount = 0;
    int offerCount = 0;
    m_store->transaction();
    auto fail = [this](const QString &message) {
        m_store->rollback();
        return SandboxHttpResponse::error(400, message);
    };
    for (const QJsonValue &pv : body.value(u"products"_s).toArray()) {
        QJsonObject product = pv.toObject();
        const QString externalId = product.value(u"externalId"_s).toString();
        if (externalId.isEmpty() || product.value(u"name"_s).toString().isEmpty())
            return fail(u"Every product needs a string externalId and name."_s);
        const QJsonArray offers = product.value(u"offers"_s).toArray();
        product.remove(u"offers"_s);
        product.remove(u"id"_s);
        qint64 productId = 0;
        if (const auto existing = m_store->findJson(u"products"_s, u"external_id"_s, externalId)) {
            productId = existing->value(u"id"_s).toInteger();
        } else {
            const Result<qint64> id
                = m_store->insert(u"products"_s, { { u"external_id"_s, externalId }, { u"json"_s, u"{}"_s } });
            if (!id)
                return fail(id.error().message);
            productId = *id;
        }
        product.insert(u"id"_s, productId);
        if (!product.contains(u"active"_s))
            product.insert(u"active"_s, true);
        const QString search
            = QString(product.value(u"name"_s).toString() + u" | "_s + product.value(u"article"_s).toString())
                  .toLower();
        if (Status s = m_store->update(u"products"_s, productId,
                                       { { u"name"_s, product.value(u"name"_s).toString() },
                                         { u"search"_s, search },
                                         { u"json"_s, compact(product) } });
            !s)
            return fail(s.error().message);
        ++productCount;

        const QJsonArray list = offers.isEmpty()
            ? QJsonArray { QJsonObject { { u"externalId"_s, externalId },
                                         { u"price"_s, product.value(u"price"_s) },
                                         { u"quantity"_s, product.value(u"quantity"_s) } } }
            : offers;
        for (const QJsonValue &ov : list) {
            QJsonObject offer = ov.toObject();
            const QString offerExternal = offer.value(u"externalId"_s).toString();
            if (offerExternal.isEmpty())
                return fail(u"Every offer needs a string externalId."_s);
            offer.remove(u"id"_s);
            if (!offer.value(u"name"_s).isString())
                offer.insert(u"name"_s, product.value(u"name"_s));
            if (!offer.value(u"price"_s).isDouble())
                offer.insert(u"price"_s, 0);
            if (!offer.value(u"quantity"_s).isDouble())
                offer.insert(u"quantity"_s, 0);
            offer.insert(u"prices"_s, QJsonObject { { u"base"_s, offer.value(u"price"_s) } });
            offer.insert(u"productId"_s, productId);
            qint64 offerId = 0;
            if (const auto existing = m_store->findJson(u"offers"_s, u"external_id"_s, offerExternal)) {
                offerId = existing->value(u"id"_s).toInteger();
            } else {
                const Result<qint64> id
                    = m_store->insert(u"offers"_s, { { u"external_id"_s, offerExternal }, { u"json"_s, u"{}"_s } });
                if (!id)
                    return fail(id.error().message);
                offerId = *id;
            }
            offer.insert(u"id"_s, offerId);
            if (Status s = m_store->update(u"offers"_s, offerId, offerColumns(offer)); !s)
                return fail(s.error().message);
            ++offerCount;
        }
    }
    m_store->commit();
    return SandboxHttpResponse::json(
        200, { { u"success"_s, true }, { u"products"_s, productCount }, { u"offers"_s, offerCount } });
}

SandboxHttpResponse SandboxApi::controlIcml(const QByteArray &xml)
{
    // What the CRM would do with the site's ymlUrl: offers grouped into products by productId.
    QXmlStreamReader reader(xml);
    QList<QString> productOrder;
    QHash<QString, QJsonObject> products;
    QHash<QString, QJsonArray> offersOf;
    int categories = 0;
    bool sawCatalog = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"yml_catalog") {
            sawCatalog = true;
        } else if (reader.name() == u"category") {
            ++categories;
        } else if (reader.name() == u"offer") {
            const QXmlStreamAttributes attributes = reader.attributes();
            QJsonObject offer { { u"externalId"_s, attributes.value(u"id"_s).toString() } };
            const QString productId = attributes.hasAttribute(u"productId"_s)
                ? attributes.value(u"productId"_s).toString()
                : offer.value(u"externalId"_s).toString();
            if (attributes.hasAttribute(u"quantity"_s))
                offer.insert(u"quantity"_s, attributes.value(u"quantity"_s).toDouble());
            QJsonObject product { { u"externalId"_s, productId } };
            while (reader.readNextStartElement()) {
                const QString tag = reader.name().toString();
                const QString code = reader.attributes().value(u"code"_s).toString();
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (tag == u"name")
                    offer.insert(u"name"_s, text);
                else if (tag == u"productName")
                    product.insert(u"name"_s, text);
                else if (tag == u"price")
                    offer.insert(u"price"_s, text.toDouble());
                else if (tag == u"purchasePrice")
                    offer.insert(u"purchasePrice"_s, text.toDouble());
                else if (tag == u"xmlId")
                    offer.insert(u"xmlId"_s, text);
                else if (tag == u"url")
                    product.insert(u"url"_s, text);
                else if (tag == u"vendor")
                    product.insert(u"manufacturer"_s, text);
                else if (tag == u"weight")
                    offer.insert(u"weight"_s, text.toDouble());
                else if (tag == u"productActivity")
                    product.insert(u"active"_s, text != u"N");
                else if (tag == u"param" && code == u"article")
                    offer.insert(u"article"_s, text);
            }
            if (offer.value(u"externalId"_s).toString().isEmpty())
                continue;
            if (!products.contains(productId)) {
                productOrder.append(productId);
                if (!product.contains(u"name"_s))
                    product.insert(u"name"_s, offer.value(u"name"_s).toString(productId));
                if (offer.contains(u"article"_s))
                    product.insert(u"article"_s, offer.value(u"article"_s));
                products.insert(productId, product);
            }
            offersOf[productId].append(offer);
        }
    }
    if (reader.hasError() || !sawCatalog)
        return SandboxHttpResponse::error(
            400, u"Not an ICML catalog: %1"_s.arg(reader.hasError() ? reader.errorString() : u"no <yml_catalog>"_s));
    QJsonArray list;
    for (const QString &id : std::as_const(productOrder)) {
        QJsonObject product = products.value(id);
        product.insert(u"offers"_s, offersOf.value(id));
        list.append(product);
    }
    SandboxHttpResponse r = controlProducts({ { u"products"_s, list } });
    if (r.status == 200) {
        QJsonObject out = QJsonDocument::fromJson(r.body).object();
        out.insert(u"categories"_s, categories);
        r = SandboxHttpResponse::json(200, out);
        if (std::optional<QJsonObject> site = m_store->reference(u"site"_s, m_site)) {
            site->insert(u"catalogUpdatedAt"_s, now());
            if (Status s = m_store->putReference(u"site"_s, m_site, site->value(u"ordering"_s).toInt(10), *site); !s)
                return SandboxHttpResponse::error(500, s.error().message);
        }
    }
    return r;
}

SandboxHttpResponse SandboxApi::controlOrderEdit(const QString &externalId, const QJsonObject &patch, int userId)
{
    const std::optional<QJsonObject> found = findOrder(u"externalId"_s, externalId);
    if (!found)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    Actor actor;
    actor.source = u"user"_s;
    actor.userId = userId;
    FieldErrors errors;
    m_store->transaction();
    const Result<QJsonObject> stored = editOrder(*found, patch, actor, &errors);
    if (!stored) {
        m_store->rollback();
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));
    }
    m_store->commit();
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"order"_s, orderView(*stored) } });
}

} // namespace rd::sandbox
