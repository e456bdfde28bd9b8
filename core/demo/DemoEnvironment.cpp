#include "DemoEnvironment.h"

#include "DemoShopGenerator.h"
#include "SandboxProcess.h"
#include "catalog/IcmlWriter.h"
#include "shop/ShopDatabase.h"
#include "shop/SqliteTuning.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rd {

DemoEnvironment::DemoEnvironment() = default;

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QString DemoEnvironment::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
}

namespace {

// The demo profile's site, shared by the catalog export (prepareShop) and the profile (startSandbox).
QUrl demoSiteUrl()
{
    return QUrl(u"https://demo-shop.example"_s);
}

QString demoSiteCode()
{
    return u"demo-shop"_s;
}

Status createDemoShop(const QString &path, const DemoEnvironment::Options &options,
                      const std::function<void(const QString &)> &status)
{
    const QString tmpPath = path + u".part"_s;
    QFile::remove(tmpPath);
    const QString connection = u"retaildesk-demo-create-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        tuneSqliteOnce();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(tmpPath);
        if (!db.open()) {
            result = Error(ErrorCode::Io, u"Cannot create the demo shop %1: %2"_s.arg(tmpPath, db.lastError().text()),
                           u"Check that the folder is writable."_s);
        } else {
            DemoShopOptions o;
            o.products = options.products;
            o.customers = options.customers;
            o.orders = options.orders;
            o.seed = options.seed;
            o.lastDay = QDate::currentDate();
            qint64 lastPercent = -1;
            result = generateDemoShop(db, o, [&](qint64 done, qint64 total) {
                const qint64 percent = total > 0 ? done * 100 / total : 0;
                if (status && percent / 10 != lastPercent / 10)
                    status(u"Creating the demo shop… %1%"_s.arg(percent));
                lastPercent = percent;
                return true;
            });
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result) {
        QFile::remove(tmpPath);
        return result;
    }
    // Renamed into place only when complete: an interrupted first run never leaves half a shop.
    if (!QFile::rename(tmpPath, path))
        return Error(ErrorCode::Io, u"Cannot move the demo shop into place at %1."_s.arg(path));
    return {};
}

} // namespace

Result<Profile> DemoEnvironment::start(const Options &options, const std::function<void(const QString &)> &status)
{
    const Status prepared = prepareShop(options, status);
    if (!prepared)
        return prepared.error();
    return startSandbox(options, status);
}

Status DemoEnvironment::prepareShop(const Options &options, const std::function<void(const QString &)> &status)
{
    const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, u"Cannot create the demo folder %1."_s.arg(dir),
                     u"Check the permissions of your data folder."_s);
    m_shopPath = QDir(dir).filePath(u"demo-shop.sqlite"_s);
    if (!QFile::exists(m_shopPath)) {
        if (status)
            status(u"Creating the demo shop (first run)…"_s);
        if (Status made = createDemoShop(m_shopPath, options, status); !made)
            return made;
    }
    // The shop's ICML catalog, for startSandbox() to hand to the sandbox CRM (SQL work: here, on the worker).
    const QString icml = QDir(dir).filePath(u"demo-catalog.xml"_s);
    if (QFile::exists(icml))
        return {};
    if (status)
        status(u"Exporting the demo catalog…"_s);
    ShopSettings shop;
    shop.driver = ShopSettings::Driver::Sqlite;
    shop.path = m_shopPath;
    auto db = ShopDatabase::open(shop);
    if (!db)
        return db.error();
    CatalogOptions catalog;
    catalog.siteUrl = demoSiteUrl();
    catalog.modifications = true;
    catalog.siteCode = demoSiteCode();
    IcmlWriter writer(**db, catalog);
    auto written = writer.write(icml);
    (*db)->closeConnection();
    if (!written)
        return written.error();
    QFile::remove(icml + u".loaded"_s); // a new file: the sandbox loads it at the next start
    return {};
}

Result<Profile> DemoEnvironment::startSandbox(const Options &options,
                                              const std::function<void(const QString &)> &status)
{
    const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    m_shopPath = QDir(dir).filePath(u"demo-shop.sqlite"_s);
    if (!QFile::exists(m_shopPath))
        return Error(ErrorCode::Internal, u"The demo shop %1 does not exist yet."_s.arg(m_shopPath));

    // A fresh random key per start: it exists only in this process and in the sandbox's environment.
    m_apiKey = u"demo-"_s + QString::number(QRandomGenerator::system()->generate64(), 36)
        + QString::number(QRandomGenerator::system()->generate64(), 36);
    if (status)
        status(u"Starting the sandbox CRM…"_s);
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxOptions so;
    so.dbPath = QDir(dir).filePath(u"sandbox-crm.sqlite"_s);
    so.seed = u"demo"_s;
    so.site = demoSiteCode();
    so.apiKey = m_apiKey;
    auto url = m_sandbox->start(so);
    if (!url)
        return url.error();

    Profile profile;
    profile.setFilePath(QDir(dir).filePath(u"retaildesk-demo.conf"_s));
    profile.crm.url = *url;
    profile.crm.site = demoSiteCode();
    profile.crm.rateLimit = 10;
    profile.shop.driver = ShopSettings::Driver::Sqlite;
    profile.shop.path = m_shopPath;
    profile.shop.prefix = u"modx_"_s;
    profile.shop.siteUrl = demoSiteUrl();
    profile.shop.weightUnit = ShopSettings::WeightUnit::Kilogram;
    profile.sync.statuses = { 1, 2, 3, 4, 5 };
    profile.sync.msOptionsPrice = true;
    const Status saved = profile.save();
    if (!saved)
        return saved.error();

    // The CRM loads the shop's catalog from its ICML URL; the demo sandbox loads the file prepareShop() wrote,
    // once (a marker remembers it), so product look-ups and quick orders have products to find.
    const QString icml = QDir(dir).filePath(u"demo-catalog.xml"_s);
    const QString loadedMarker = icml + u".loaded"_s;
    if (QFile::exists(icml) && !QFile::exists(loadedMarker)) {
        if (status)
            status(u"Loading the demo catalog into the sandbox CRM…"_s);
        auto loaded = m_sandbox->control("POST", u"/_sandbox/icml"_s, QJsonObject { { u"path"_s, icml } }, 60000);
        if (!loaded)
            return loaded.error();
        QFile marker(loadedMarker);
        if (!marker.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io, u"Cannot write %1."_s.arg(loadedMarker));
    }
    return profile;
}

void DemoEnvironment::stop()
{
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
}

} // namespace rd
