#include "SyncFixture.h"

#include "mapping/CustomerMapper.h"
#include "mapping/OrderMapper.h"
#include "shop/ShopCustomerReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

SyncFixture::SyncFixture() = default;

SyncFixture::~SyncFixture()
{
    m_sandbox.stop();
    m_server.stop();
}

Status SyncFixture::start(int sandboxLatencyMs)
{
    if (!m_dir.isValid())
        return Error(ErrorCode::Io, u"no temporary directory"_s);
    if (Status st = m_server.start(); !st)
        return st;
    SandboxOptions o;
    o.apiKey = m_apiKey;
    o.latencyMs = sandboxLatencyMs;
    auto url = m_sandbox.start(o);
    if (!url)
        return url.error();
    m_url = *url;
    return {};
}

Result<ShopSettings> SyncFixture::createShop(const QString &name, const DemoShopOptions &options)
{
    if (Status st = m_server.createDatabase(name); !st)
        return st.error();
    auto db = m_server.openConnection(name);
    if (!db)
        return db.error();
    const Status generated = generateDemoShop(*db, options);
    MariaDbServer::closeConnection(*db);
    if (!generated)
        return generated.error();
    ShopSettings s;
    s.driver = ShopSettings::Driver::MySql;
    s.host = m_server.host();
    s.port = m_server.port();
    s.database = name;
    s.user = m_server.user();
    s.prefix = options.prefix;
    return s;
}

Result<QSqlDatabase> SyncFixture::shopConnection(const QString &database)
{
    return m_server.openConnection(database);
}

void SyncFixture::closeShopConnection(QSqlDatabase &db)
{
    MariaDbServer::closeConnection(db);
}

Profile SyncFixture::profile(const ShopSettings &shop, const QList<int> &syncStatuses, int rateLimit) const
{
    Profile p;
    p.crm.url = m_url;
    p.crm.site = u"demo-shop"_s;
    p.crm.rateLimit = rateLimit;
    p.shop = shop;
    p.sync.statuses = syncStatuses;
    p.sync.msOptionsPrice = true;
    return p;
}

JobEnvironment SyncFixture::environment(const Profile &profile, const QString &statePath) const
{
    JobEnvironment env;
    env.profile = profile;
    env.apiKey = m_apiKey;
    env.dbPassword = m_server.password();
    env.statePath = statePath;
    return env;
}

QString SyncFixture::statePath(const QString &name) const
{
    return m_dir.filePath(u"state/"_s + name + u".sqlite"_s);
}

QString SyncFixture::writeProfileFile(const QString &name, const Profile &profile) const
{
    const QString path = m_dir.filePath(name);
    QSettings s(path, QSettings::IniFormat);
    s.setValue(u"crm/url"_s, profile.crm.url.toString());
    s.setValue(u"crm/site"_s, profile.crm.site);
    s.setValue(u"crm/rate_limit"_s, profile.crm.rateLimit);
    s.setValue(u"shop/driver"_s, Profile::driverName(profile.shop.driver));
    s.setValue(u"shop/host"_s, profile.shop.host);
    s.setValue(u"shop/port"_s, profile.shop.port);
    s.setValue(u"shop/database"_s, profile.shop.database);
    s.setValue(u"shop/user"_s, profile.shop.user);
    s.setValue(u"shop/path"_s, profile.shop.path);
    s.setValue(u"shop/prefix"_s, profile.shop.prefix);
    QStringList statuses;
    for (int id : profile.sync.statuses)
        statuses << QString::number(id);
    s.setValue(u"sync/statuses"_s, statuses.join(u','));
    s.setValue(u"sync/msoptionsprice"_s, profile.sync.msOptionsPrice);
    s.setValue(u"sync/add_crm_number"_s, profile.sync.addCrmNumber);
    s.sync();
    return path;
}

Status SyncFixture::resetCrm()
{
    auto r = m_sandbox.control("POST", u"/_sandbox/reset"_s);
    return r ? Status() : Status(r.error());
}

Status SyncFixture::configureCrm(const QJsonObject &config)
{
    return m_sandbox.configure(config);
}

Result<QJsonObject> SyncFixture::dump()
{
    return m_sandbox.control("GET", u"/_sandbox/dump"_s, {}, 60000);
}

Result<QJsonObject> SyncFixture::stats()
{
    return m_sandbox.stats();
}

Result<QList<MappedEntity>> SyncFixture::mappedOrders(const ShopSettings &shop, const Profile &profile)
{
    ShopDatabase db(shop, m_server.password());
    if (auto info = db.detect(); !info)
        return info.error();
    ShopOrderReader reader(db);
    QList<MappedEntity> out;
    const MappingOptions options = MappingOptions::fromProfile(profile);
    const Status st = forEachRow(reader, [&](const ShopOrder &o) {
        out.append(mapOrder(o, options));
        return true;
    });
    db.closeConnection();
    if (!st)
        return st.error();
    return out;
}

Result<QList<MappedEntity>> SyncFixture::mappedCustomers(const ShopSettings &shop, const Profile &profile)
{
    ShopDatabase db(shop, m_server.password());
    if (auto info = db.detect(); !info)
        return info.error();
    ShopCustomerReader reader(db);
    QList<MappedEntity> out;
    const MappingOptions options = MappingOptions::fromProfile(profile);
    const Status st = forEachRow(reader, [&](const ShopCustomer &c) {
        out.append(mapCustomer(c, options));
        return true;
    });
    db.closeConnection();
    if (!st)
        return st.error();
    return out;
}

namespace {

QJsonArray withoutIds(const QJsonArray &list)
{
    QJsonArray out;
    for (const QJsonValue &v : list) {
        QJsonObject o = v.toObject();
        o.remove(u"id"_s);
        out.append(o);
    }
    return out;
}

QString text(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

} // namespace

QString SyncFixture::difference(const QJsonObject &expected, const QJsonObject &stored)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString key = it.key();
        QJsonValue want = it.value();
        QJsonValue got = stored.value(key);
        if (key == u"customer") {
            want = want.toObject().value(u"externalId"_s);
            got = got.toObject().value(u"externalId"_s);
        } else if (key == u"items" || key == u"payments") {
            got = withoutIds(got.toArray());
        }
        if (want != got)
            return u"%1: expected %2, the CRM holds %3"_s.arg(key, text(want), text(got));
    }
    return {};
}

QHash<QString, int> SyncFixture::externalIdCounts(const QJsonArray &entities)
{
    QHash<QString, int> out;
    for (const QJsonValue &v : entities) {
        const QString ext = v.toObject().value(u"externalId"_s).toString();
        if (!ext.isEmpty())
            out[ext] += 1;
    }
    return out;
}

} // namespace rd::test
