#pragma once

#include "MariaDbServer.h"
#include "common/Result.h"
#include "config/Profile.h"
#include "demo/DemoShopGenerator.h"
#include "demo/SandboxProcess.h"
#include "mapping/MappedEntity.h"
#include "sync/JobEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace rd::test {

// What the sync tests share: a private MariaDB, the real sandbox CRM (demo references, site
// "demo-shop"), generated demo shops, and helpers to compare what the CRM holds with the mapper's JSON.
class SyncFixture final
{
public:
    SyncFixture();
    ~SyncFixture();
    Q_DISABLE_COPY_MOVE(SyncFixture)

    Status start(int sandboxLatencyMs = 0);

    // A new database `name` with a demo shop (MariaDB); returns its settings.
    Result<ShopSettings> createShop(const QString &name, const DemoShopOptions &options);
    // A root-free connection to `database` on the test server (close it with closeShopConnection).
    Result<QSqlDatabase> shopConnection(const QString &database);
    static void closeShopConnection(QSqlDatabase &db);

    Profile profile(const ShopSettings &shop, const QList<int> &syncStatuses = { 1, 2, 3, 4, 5 },
                    int rateLimit = 10) const;
    JobEnvironment environment(const Profile &profile, const QString &statePath) const;
    // A fresh state file path under the temp dir.
    QString statePath(const QString &name) const;
    // A profile INI file (for the CLI), with [crm], [shop], [sync].
    QString writeProfileFile(const QString &name, const Profile &profile) const;

    SandboxProcess &sandbox() { return m_sandbox; }
    MariaDbServer &server() { return m_server; }
    const MariaDbServer &server() const { return m_server; }
    QString apiKey() const { return m_apiKey; }
    QUrl crmUrl() const { return m_url; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    Status resetCrm(); // deletes every customer, order and history entry
    Status configureCrm(const QJsonObject &config);
    Result<QJsonObject> dump(); // {"customers": [...], "orders": [...]}
    Result<QJsonObject> stats();

    // The mapper's output for every row of the shop (mapOrder / mapCustomer), by externalId.
    Result<QList<MappedEntity>> mappedOrders(const ShopSettings &shop, const Profile &profile);
    Result<QList<MappedEntity>> mappedCustomers(const ShopSettings &shop, const Profile &profile);

    // Empty when `stored` (a CRM entity from dump()) holds every field of `expected` (mapper JSON) with
    // the same value; else a description of the first difference. The CRM's own additions (ids of the
    // entity, its items and payments; site; customer.id/type; number; statusUpdatedAt) are ignored.
    static QString difference(const QJsonObject &expected, const QJsonObject &stored);
    // externalId → how many entities of the list carry it.
    static QHash<QString, int> externalIdCounts(const QJsonArray &entities);

private:
    QTemporaryDir m_dir;
    MariaDbServer m_server;
    SandboxProcess m_sandbox;
    QUrl m_url;
    QString m_apiKey = QStringLiteral("sync-test-key-0123456789abcdef");
};

} // namespace rd::test
