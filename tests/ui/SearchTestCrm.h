#pragma once

// Seeds the sandbox CRM for the Search / Quick actions page tests: a small catalog (/_sandbox/products),
// a customer made through the API, `bulkOrders` orders uploaded in batches of 50 and one order with
// everything on it (number SRCH-1: delivery with address, two payments, an item, the customer).
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/SandboxProcess.h"

#include <QJsonArray>
#include <functional>
#include <memory>

namespace rd::test {

struct SearchSeed
{
    qint64 ivanId = 0;
    qint64 richOrderId = 0;
    int orders = 0; // every order in the CRM
};

inline CrmConfig searchTestConfig(const QUrl &url, const QString &key)
{
    CrmConfig config;
    config.baseUrl = url;
    config.apiKey = key;
    config.site = QStringLiteral("demo-shop");
    config.timeoutMs = 20000;
    return config;
}

inline Profile searchTestProfile(const QUrl &url)
{
    Profile p;
    p.crm.url = url;
    p.crm.site = QStringLiteral("demo-shop");
    p.crm.rateLimit = 10;
    return p;
}

inline std::function<std::unique_ptr<SecretStore>()> searchTestSecrets(const QString &key)
{
    return [key] {
        auto store = std::make_unique<SecretStore>(QStringLiteral("ui-search-test"));
        store->setOverride(SecretKind::CrmApiKey, key);
        return store;
    };
}

// Returns an empty error text on success.
inline QString seedSearchCrm(SandboxProcess &sandbox, CrmClient &client, int bulkOrders, SearchSeed &seed)
{
    using namespace Qt::Literals::StringLiterals;
    QJsonArray products {
        QJsonObject { { u"externalId"_s, u"p1"_s },
                      { u"name"_s, u"Oak chair"_s },
                      { u"article"_s, u"OAK-1"_s },
                      { u"offers"_s,
                        QJsonArray { QJsonObject { { u"externalId"_s, u"p1-s"_s },
                                                   { u"name"_s, u"Oak chair, small"_s },
                                                   { u"article"_s, u"OAK-1-S"_s },
                                                   { u"price"_s, 100 },
                                                   { u"quantity"_s, 2 } },
                                     QJsonObject { { u"externalId"_s, u"p1-l"_s },
                                                   { u"name"_s, u"Oak chair, large"_s },
                                                   { u"article"_s, u"OAK-1-L"_s },
                                                   { u"price"_s, 150 },
                                                   { u"quantity"_s, 1 } } } } },
        QJsonObject { { u"externalId"_s, u"p2"_s },
                      { u"name"_s, u"Pine table"_s },
                      { u"article"_s, u"PINE-2"_s },
                      { u"price"_s, 300 },
                      { u"quantity"_s, 5 } },
        QJsonObject { { u"externalId"_s, u"p3"_s },
                      { u"name"_s, u"Кресло \u0022Уют\u0022, бук"_s },
                      { u"article"_s, u"=CMD"_s },
                      { u"price"_s, 4500 },
                      { u"quantity"_s, 3 } },
    };
    for (int i = 1; i <= 25; ++i)
        products.append(QJsonObject {
            { u"externalId"_s, u"w%1"_s.arg(i) }, { u"name"_s, u"Widget %1"_s.arg(i) }, { u"price"_s, i } });
    if (auto loaded = sandbox.control("POST", u"/_sandbox/products"_s, { { u"products"_s, products } }); !loaded)
        return u"products: "_s + loaded.error().toString();

    const auto ivan = CrmDecode::createdId(client.waitFor(client.customersCreate(
        { { u"lastName"_s, u"Иванов"_s },
          { u"firstName"_s, u"Иван"_s },
          { u"patronymic"_s, u"Иванович"_s },
          { u"email"_s, u"ivan@example.com"_s },
          { u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"+7 915 111-22-33"_s } } } } })));
    if (!ivan)
        return u"customer: "_s + ivan.error().toString();
    seed.ivanId = *ivan;

    QJsonArray batch;
    const auto flush = [&]() -> QString {
        if (batch.isEmpty())
            return {};
        const auto up = client.waitForUpload(client.ordersUpload(batch));
        batch = QJsonArray();
        if (!up)
            return u"orders: "_s + up.error().toString();
        if (!up->failed.isEmpty())
            return u"orders: some failed"_s;
        return {};
    };
    for (int i = 1; i <= bulkOrders; ++i) {
        batch.append(QJsonObject {
            { u"externalId"_s, u"sp%1"_s.arg(i) },
            { u"number"_s, u"SP-%1"_s.arg(i) },
            { u"lastName"_s, u"Гномов"_s },
            { u"firstName"_s, u"Гном%1"_s.arg(i) },
            { u"email"_s, u"gnome%1@garden.test"_s.arg(i) },
            { u"phone"_s, u"+7 901 000-%1"_s.arg(i, 4, 10, QLatin1Char('0')) },
            { u"status"_s, i % 4 == 0 ? u"complete"_s : u"new"_s },
            { u"delivery"_s, QJsonObject { { u"code"_s, u"self-delivery"_s } } },
            { u"items"_s,
              QJsonArray { QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"w%1"_s.arg(i % 25 + 1) } } },
                                         { u"productName"_s, u"Widget %1"_s.arg(i % 25 + 1) },
                                         { u"quantity"_s, 1 + i % 3 },
                                         { u"initialPrice"_s, 10 * i } } } } });
        if (batch.size() == 50)
            if (QString e = flush(); !e.isEmpty())
                return e;
    }
    if (QString e = flush(); !e.isEmpty())
        return e;

    const auto made = CrmDecode::createdId(client.waitFor(client.ordersCreate(
        { { u"number"_s, u"SRCH-1"_s },
          { u"externalId"_s, u"srch-1"_s },
          { u"lastName"_s, u"Иванов"_s },
          { u"firstName"_s, u"Иван"_s },
          { u"patronymic"_s, u"Иванович"_s },
          { u"phone"_s, u"+7 915 111-22-33"_s },
          { u"email"_s, u"ivan@example.com"_s },
          { u"status"_s, u"assembling"_s },
          { u"customer"_s, QJsonObject { { u"id"_s, seed.ivanId } } },
          { u"delivery"_s,
            QJsonObject { { u"code"_s, u"courier"_s },
                          { u"cost"_s, 300 },
                          { u"address"_s, QJsonObject { { u"text"_s, u"Москва, Тверская 1"_s } } } } },
          { u"payments"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"cash"_s }, { u"status"_s, u"paid"_s }, { u"amount"_s, 200 } },
                         QJsonObject { { u"type"_s, u"bank-card"_s }, { u"amount"_s, 500 } } } },
          { u"items"_s,
            QJsonArray { QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"p1-s"_s } } },
                                       { u"productName"_s, u"Oak chair, small"_s },
                                       { u"quantity"_s, 4 },
                                       { u"initialPrice"_s, 100 } } } } })));
    if (!made)
        return u"rich order: "_s + made.error().toString();
    seed.richOrderId = *made;
    seed.orders = bulkOrders + 1;
    return {};
}

} // namespace rd::test
