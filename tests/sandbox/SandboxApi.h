#pragma once

#include "SandboxHttp.h"
#include "SandboxStore.h"
#include "SandboxValidation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace rd::sandbox {

// The emulated RetailCRM API v5 (see docs/retailcrm-api.md) over a SandboxStore, plus the data side of the
// /_sandbox/ control endpoints. Transport concerns (latency, faults, rate limit) live in SandboxServer.
class SandboxApi final
{
public:
    SandboxApi(SandboxStore *store, const QString &apiKey, const QString &siteCode);

    SandboxHttpResponse handle(const SandboxHttpRequest &request);
    SandboxHttpResponse handleControl(const SandboxHttpRequest &request);
    // "GET /api/v5/orders/{id}" style name of the route a request hits ("GET unknown" when none).
    QString endpointOf(const SandboxHttpRequest &request) const;

    QString siteCode() const { return m_site; }

    // How a change was made, for the history.
    struct Actor
    {
        QString source = QStringLiteral("api"); // api | user
        QByteArray keyHash; // for source api: which key
        int userId = 0; // for source user
    };

private:
    struct Call
    {
        const SandboxHttpRequest *http = nullptr;
        SandboxParams params;
        QStringList args; // captured {placeholders}
        QByteArray keyHash;
        QString site; // the site parameter, or the default site
    };
    using Handler = std::function<SandboxHttpResponse(SandboxApi *, const Call &)>;
    struct Route
    {
        QByteArray method;
        QString pattern; // relative to /api/v5/, or starting with "/" for versionless paths
        QStringList segments;
        Handler handler;
    };
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);
    const Route *match(const QString &path, const QByteArray &method, QStringList *args, bool *pathKnown) const;

    // references and system
    SandboxHttpResponse apiVersions(const Call &call);
    SandboxHttpResponse credentials(const Call &call);
    SandboxHttpResponse referenceMap(const QString &kind, const QString &key);
    SandboxHttpResponse referenceList(const QString &kind, const QString &key);
    SandboxHttpResponse siteEdit(const Call &call);

    // customers
    SandboxHttpResponse customersList(const Call &call);
    SandboxHttpResponse customersGet(const Call &call);
    SandboxHttpResponse customersCreate(const Call &call);
    SandboxHttpResponse customersEdit(const Call &call);
    SandboxHttpResponse customersUpload(const Call &call);
    SandboxHttpResponse customersHistory(const Call &call);
    SandboxHttpResponse customersFixExternalIds(const Call &call);
    FieldErrors validateCustomer(const QJsonObject &customer, bool creating) const;
    Result<qint64> createCustomer(QJsonObject customer, const QString &site, const Actor &actor);
    QJsonObject customerView(const QJsonObject &stored) const;
    QVariantMap customerColumns(const QJsonObject &stored) const;
    std::optional<QJsonObject> findCustomer(const QString &by, const QString &key) const;

    // orders
    SandboxHttpResponse ordersList(const Call &call);
    SandboxHttpResponse ordersGet(const Call &call);
    SandboxHttpResponse ordersCreate(const Call &call);
    SandboxHttpResponse ordersEdit(const Call &call);
    SandboxHttpResponse ordersUpload(const Call &call);
    SandboxHttpResponse ordersStatuses(const Call &call);
    SandboxHttpResponse ordersHistory(const Call &call);
    SandboxHttpResponse ordersFixExternalIds(const Call &call);
    SandboxHttpResponse history(const Call &call, const QString &entity);
    FieldErrors validateOrder(const QJsonObject &order, bool creating, const QJsonObject *current) const;
    Result<QJsonObject> createOrder(QJsonObject order, const QString &site, const Actor &actor, FieldErrors *errors,
                                    QJsonObject *view = nullptr);
    Result<QJsonObject> editOrder(QJsonObject stored, const QJsonObject &patch, const Actor &actor,
                                  FieldErrors *errors);
    QJsonObject orderView(const QJsonObject &stored) const;
    QVariantMap orderColumns(const QJsonObject &stored) const;
    std::optional<QJsonObject> findOrder(const QString &by, const QString &key) const;
    Status appendHistory(const QString &entity, const QJsonObject &stored, const Actor &actor, QJsonObject entry);

    // store
    SandboxHttpResponse productsList(const Call &call);
    SandboxHttpResponse offersList(const Call &call);
    SandboxHttpResponse inventoriesList(const Call &call);
    SandboxHttpResponse inventoriesUpload(const Call &call);
    SandboxHttpResponse pricesUpload(const Call &call);
    std::optional<QJsonObject> findOffer(const QJsonObject &ref) const;
    QJsonObject offerView(const QJsonObject &stored) const;

    // control
    SandboxHttpResponse controlReset(const QJsonObject &body);
    SandboxHttpResponse controlDump();
    SandboxHttpResponse controlProducts(const QJsonObject &body);
    SandboxHttpResponse controlIcml(const QByteArray &xml);
    SandboxHttpResponse controlOrderEdit(const QString &externalId, const QJsonObject &patch, int userId);

    // helpers
    std::optional<SandboxHttpResponse> pagination(const Call &call, const QList<int> &allowed, int *limit,
                                                  int *page) const;
    static QJsonObject paginationObject(int limit, int page, qint64 total);
    std::optional<SandboxHttpResponse> entityParam(const Call &call, const QString &name, QJsonValue *out) const;
    static QString now();
    static QByteArray keyHash(const QString &key);
    static QJsonObject errorsObject(const FieldErrors &errors);
    static QString errorsText(const FieldErrors &errors);

    SandboxStore *m_store;
    QList<QByteArray> m_keyHashes; // the accepted keys (SHA-256), the first is the main one
    QString m_site;
    QList<Route> m_routes;
};

} // namespace rd::sandbox
