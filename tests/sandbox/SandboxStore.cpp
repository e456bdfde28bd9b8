#include "SandboxStore.h"

#include "demo/SandboxDemoReferences.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

QAtomicInt g_connectionCounter;

Error dbError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::Database, u"Sandbox database: %1 failed: %2"_s.arg(what, error.text()));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

void SqlFilter::addIn(const QString &column, const QStringList &values)
{
    if (values.isEmpty()) {
        clauses.append(u"0"_s);
        return;
    }
    QStringList marks;
    for (const QString &v : values) {
        marks.append(u"?"_s);
        binds.append(v);
    }
    clauses.append(column + u" IN ("_s + marks.join(u", "_s) + u')');
}

SandboxStore::SandboxStore()
    : m_connection(u"retaildesk-sandbox-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{ }

SandboxStore::~SandboxStore()
{
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status SandboxStore::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!db.open())
        return Error(ErrorCode::Database,
                     u"Cannot open the sandbox database %1: %2"_s.arg(db.databaseName(), db.lastError().text()),
                     u"Check that the directory exists and is writable."_s);
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    return createSchema();
}

Status SandboxStore::createSchema()
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS refs (kind TEXT NOT NULL, code TEXT NOT NULL, ordering INTEGER NOT NULL,"
        " json TEXT NOT NULL, PRIMARY KEY (kind, code))",
        "CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY AUTOINCREMENT, external_id TEXT UNIQUE,"
        " site TEXT, email TEXT, search TEXT, phones TEXT, created_at TEXT, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY AUTOINCREMENT, external_id TEXT UNIQUE,"
        " number TEXT, site TEXT, status TEXT, customer_id INTEGER, customer_external_id TEXT, email TEXT,"
        " search TEXT, phones TEXT, created_at TEXT, json TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS orders_number ON orders (number)",
        "CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id)",
        "CREATE INDEX IF NOT EXISTS orders_created ON orders (created_at)",
        "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,"
        " entity_id INTEGER, external_id TEXT, created_at TEXT, key_hash TEXT, json TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS history_entity ON history (entity, id)",
        "CREATE TABLE IF NOT EXISTS products (id INTEGER PRIMARY KEY AUTOINCREMENT, external_id TEXT UNIQUE,"
        " name TEXT, search TEXT, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS offers (id INTEGER PRIMARY KEY AUTOINCREMENT, product_id INTEGER,"
        " external_id TEXT UNIQUE, xml_id TEXT, article TEXT, name TEXT, json TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS offers_product ON offers (product_id)",
        "CREATE INDEX IF NOT EXISTS offers_xml ON offers (xml_id)",
    };
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql)))
            return dbError(u"creating the schema"_s, q.lastError());
    }
    return {};
}

Status SandboxStore::seed(const QString &kind, const QString &siteCode, const QString &samplesDir)
{
    if (kind == u"none") {
        // Only the site: the key must see one.
        QJsonObject site { { u"id"_s, 1 },
                           { u"code"_s, siteCode },
                           { u"name"_s, siteCode },
                           { u"url"_s, u"https://%1.example"_s.arg(siteCode) },
                           { u"currency"_s, u"RUB"_s },
                           { u"countryIso"_s, u"RU"_s },
                           { u"loadFromYml"_s, false },
                           { u"defaultForCrm"_s, true },
                           { u"ordering"_s, 10 } };
        if (!reference(u"site"_s, siteCode))
            return putReference(u"site"_s, siteCode, 10, site);
        return {};
    }
    if (kind == u"demo")
        return seedDemo(siteCode);
    if (kind == u"samples") {
        if (Status s = seedDemo(siteCode); !s)
            return s;
        return seedSamples(samplesDir);
    }
    return Error(ErrorCode::Usage, u"Unknown seed \"%1\"; use demo, samples or none."_s.arg(kind));
}

Status SandboxStore::seedDemo(const QString &siteCode)
{
    if (!transaction())
        return Error(ErrorCode::Database, u"Sandbox database: cannot start a transaction."_s);
    auto fail = [this](const Status &s) {
        rollback();
        return s;
    };

    std::optional<QJsonObject> existingSite = reference(u"site"_s, siteCode);
    QJsonObject site = existingSite.value_or(QJsonObject {});
    const bool isDemo = siteCode == demo::demoSiteCode();
    site.insert(u"id"_s, site.value(u"id"_s).toInt(1));
    site.insert(u"code"_s, siteCode);
    site.insert(u"name"_s, isDemo ? demo::demoSiteName() : site.value(u"name"_s).toString(siteCode));
    if (!site.contains(u"url"_s))
        site.insert(u"url"_s, u"https://%1.example"_s.arg(siteCode));
    if (!site.contains(u"ymlUrl"_s))
        site.insert(u"ymlUrl"_s, QString());
    if (!site.contains(u"loadFromYml"_s))
        site.insert(u"loadFromYml"_s, false);
    site.insert(u"countryIso"_s, u"RU"_s);
    site.insert(u"currency"_s, demo::demoCurrency());
    site.insert(u"defaultForCrm"_s, true);
    site.insert(u"description"_s, u"Sandbox site of RetailDesk"_s);
    site.insert(u"contragent"_s,
                QJsonObject { { u"contragentType"_s, u"legal-entity"_s },
                              { u"legalName"_s, u"ООО «Демо»"_s },
                              { u"code"_s, siteCode },
                              { u"countryIso"_s, u"RU"_s } });
    site.insert(u"ordering"_s, 10);
    site.insert(u"isDemo"_s, isDemo);
    if (Status s = putReference(u"site"_s, siteCode, 10, site); !s)
        return fail(s);

    QJsonArray allPaymentCodes;
    for (const auto &p : demo::demoPaymentTypes())
        allPaymentCodes.append(p.code);

    int ordering = 10;
    for (const auto &d : demo::demoDeliveryTypes()) {
        QJsonArray paymentTypes;
        QJsonArray deliveryPaymentTypes;
        for (const QString &p : d.paymentTypes) {
            paymentTypes.append(p);
            deliveryPaymentTypes.append(QJsonObject { { u"code"_s, p }, { u"cod"_s, p == u"cash" } });
        }
        const QJsonObject o { { u"code"_s, d.code },
                              { u"name"_s, d.name },
                              { u"active"_s, true },
                              { u"defaultCost"_s, d.defaultCost },
                              { u"defaultNetCost"_s, 0 },
                              { u"currency"_s, demo::demoCurrency() },
                              { u"paymentTypes"_s, paymentTypes },
                              { u"deliveryPaymentTypes"_s, deliveryPaymentTypes },
                              { u"deliveryServices"_s, QJsonArray {} },
                              { u"defaultForCrm"_s, false },
                              { u"isDynamicCostCalculation"_s, false },
                              { u"isAutoCostCalculation"_s, false },
                              { u"vatRate"_s, u"none"_s },
                              { u"sites"_s, QJsonArray {} },
                              { u"ordering"_s, ordering } };
        if (Status s = putReference(u"deliveryType"_s, d.code, ordering, o); !s)
            return fail(s);
        ordering += 10;
    }

    ordering = 10;
    for (const auto &p : demo::demoPaymentTypes()) {
        QJsonArray deliveryTypes;
        for (const auto &d : demo::demoDeliveryTypes()) {
            if (d.paymentTypes.contains(p.code))
                deliveryTypes.append(d.code);
        }
        const QJsonObject o { { u"code"_s, p.code },
                              { u"name"_s, p.name },
                              { u"active"_s, true },
                              { u"defaultForCrm"_s, p.code == u"cash" },
                              { u"defaultForApi"_s, p.code == u"cash" },
                              { u"deliveryTypes"_s, deliveryTypes },
                              { u"paymentStatuses"_s, QJsonArray { u"not-paid"_s, u"paid"_s } },
                              { u"sites"_s, QJsonArray {} },
                              { u"ordering"_s, ordering } };
        if (Status s = putReference(u"paymentType"_s, p.code, ordering, o); !s)
            return fail(s);
        ordering += 10;
    }

    for (const auto &g : demo::demoStatusGroups()) {
        QJsonArray statuses;
        for (const auto &st : demo::demoStatuses()) {
            if (st.group == g.code)
                statuses.append(st.code);
        }
        const bool process = g.code != u"new" && g.code != u"complete" && g.code != u"cancel";
        const QJsonObject o { { u"code"_s, g.code },         { u"name"_s, g.name },     { u"active"_s, true },
                              { u"ordering"_s, g.ordering }, { u"process"_s, process }, { u"statuses"_s, statuses } };
        if (Status s = putReference(u"statusGroup"_s, g.code, g.ordering, o); !s)
            return fail(s);
    }
    for (const auto &st : demo::demoStatuses()) {
        int groupOrdering = 0;
        for (const auto &g : demo::demoStatusGroups()) {
            if (g.code == st.group)
                groupOrdering = g.ordering;
        }
        const QJsonObject o { { u"code"_s, st.code },
                              { u"name"_s, st.name },
                              { u"active"_s, true },
                              { u"ordering"_s, st.ordering },
                              { u"group"_s, st.group } };
        if (Status s = putReference(u"status"_s, st.code, groupOrdering * 100 + st.ordering, o); !s)
            return fail(s);
    }

    const QList<std::pair<QString, QString>> paymentStatuses { { u"not-paid"_s, u"Не оплачен"_s },
                                                               { u"paid"_s, u"Оплачен"_s } };
    ordering = 10;
    for (const auto &[code, name] : paymentStatuses) {
        const QJsonObject o { { u"code"_s, code },
                              { u"name"_s, name },
                              { u"active"_s, true },
                              { u"ordering"_s, ordering },
                              { u"paymentComplete"_s, code == u"paid" },
                              { u"paymentTypes"_s, allPaymentCodes } };
        if (Status s = putReference(u"paymentStatus"_s, code, ordering, o); !s)
            return fail(s);
        ordering += 10;
    }
    const QList<std::pair<QString, QString>> orderMethods { { u"shopping-cart"_s, u"Оформлен на сайте"_s },
                                                            { u"phone"_s, u"По телефону"_s },
                                                            { u"one-click"_s, u"В один клик"_s } };
    ordering = 10;
    for (const auto &[code, name] : orderMethods) {
        const QJsonObject o { { u"code"_s, code },
                              { u"name"_s, name },
                              { u"active"_s, true },
                              { u"defaultForCrm"_s, code == u"phone" },
                              { u"defaultForApi"_s, code == u"shopping-cart" } };
        if (Status s = putReference(u"orderMethod"_s, code, ordering, o); !s)
            return fail(s);
        ordering += 10;
    }
    const QJsonObject orderType { { u"code"_s, u"eshop-individual"_s },
                                  { u"name"_s, u"Физическое лицо"_s },
                                  { u"active"_s, true },
                                  { u"defaultForCrm"_s, true },
                                  { u"defaultForApi"_s, true } };
    if (Status s = putReference(u"orderType"_s, u"eshop-individual"_s, 10, orderType); !s)
        return fail(s);
    const QJsonObject store { { u"code"_s, u"main"_s },
                              { u"name"_s, u"Основной склад"_s },
                              { u"type"_s, u"store-type-warehouse"_s },
                              { u"active"_s, true },
                              { u"inventoryType"_s, u"integer"_s } };
    if (Status s = putReference(u"store"_s, u"main"_s, 10, store); !s)
        return fail(s);
    const QJsonObject priceType { { u"code"_s, u"base"_s }, { u"name"_s, u"Базовая"_s }, { u"active"_s, true },
                                  { u"default"_s, true },   { u"ordering"_s, 10 },       { u"currency"_s, u"RUB"_s } };
    if (Status s = putReference(u"priceType"_s, u"base"_s, 10, priceType); !s)
        return fail(s);

    if (!commit())
        return Error(ErrorCode::Database, u"Sandbox database: cannot commit the seed."_s);
    return {};
}

Status SandboxStore::seedSamples(const QString &samplesDir)
{
    // The reference lists of the real-response samples, added beside the demo ones.
    const QList<std::pair<QString, QString>> files { { u"references-delivery-types.json"_s, u"deliveryType"_s },
                                                     { u"references-payment-types.json"_s, u"paymentType"_s },
                                                     { u"references-statuses.json"_s, u"status"_s },
                                                     { u"references-status-groups.json"_s, u"statusGroup"_s } };
    const QDir dir(samplesDir);
    for (const auto &[file, kind] : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, u"Cannot read the sample %1."_s.arg(f.fileName()),
                         u"Set RETAILDESK_SAMPLES_DIR to the retailcrm-api-samples directory."_s);
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject map = it.value().toObject();
            int ordering = 1000;
            for (auto e = map.begin(); e != map.end(); ++e) {
                if (reference(kind, e.key()))
                    continue;
                if (Status s = putReference(kind, e.key(), ordering++, e.value().toObject()); !s)
                    return s;
            }
        }
    }
    return {};
}

QList<QJsonObject> SandboxStore::references(const QString &kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT json FROM refs WHERE kind = ? ORDER BY ordering, code"_s);
    q.addBindValue(kind);
    QList<QJsonObject> out;
    if (q.exec()) {
        while (q.next())
            out.append(parseObject(q.value(0).toString()));
    }
    return out;
}

std::optional<QJsonObject> SandboxStore::reference(const QString &kind, const QString &code) const
{
    if (!m_refCacheValid) {
        m_refCache.clear();
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (q.exec(u"SELECT kind, code, json FROM refs"_s)) {
            while (q.next())
                m_refCache[q.value(0).toString()].insert(q.value(1).toString(), parseObject(q.value(2).toString()));
        }
        m_refCacheValid = true;
    }
    const auto kindIt = m_refCache.constFind(kind);
    if (kindIt == m_refCache.constEnd())
        return std::nullopt;
    const auto it = kindIt->constFind(code);
    if (it == kindIt->constEnd())
        return std::nullopt;
    return *it;
}

Status SandboxStore::putReference(const QString &kind, const QString &code, int ordering, const QJsonObject &object)
{
    m_refCacheValid = false;
    return exec(u"INSERT OR REPLACE INTO refs (kind, code, ordering, json) VALUES (?, ?, ?, ?)"_s,
                { kind, code, ordering, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) });
}

Result<qint64> SandboxStore::insert(const QString &table, const QVariantMap &columns)
{
    QStringList names;
    QStringList marks;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        names.append(it.key());
        marks.append(u"?"_s);
    }
    QSqlQuery &q = prepared(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks.join(u", "_s)));
    for (auto it = columns.begin(); it != columns.end(); ++it)
        q.addBindValue(it.value());
    if (!q.exec())
        return dbError(u"insert into "_s + table, q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status SandboxStore::update(const QString &table, qint64 id, const QVariantMap &columns)
{
    QStringList sets;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        sets.append(it.key() + u" = ?"_s);
    QSqlQuery &q = prepared(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (auto it = columns.begin(); it != columns.end(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(id);
    if (!q.exec())
        return dbError(u"update of "_s + table, q.lastError());
    q.finish();
    return {};
}

std::optional<QJsonObject> SandboxStore::findJson(const QString &table, const QString &column,
                                                  const QVariant &value) const
{
    QSqlQuery &q = prepared(u"SELECT json FROM %1 WHERE %2 = ? LIMIT 1"_s.arg(table, column));
    q.addBindValue(value);
    std::optional<QJsonObject> out;
    if (q.exec() && q.next())
        out = parseObject(q.value(0).toString());
    q.finish();
    return out;
}

QList<QJsonObject> SandboxStore::selectJson(const QString &table, const SqlFilter &filter, int limit, int offset,
                                            qint64 *totalCount, const QString &orderBy) const
{
    const QString where = filter.clauses.isEmpty() ? QString() : u" WHERE "_s + filter.clauses.join(u" AND "_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (totalCount) {
        QSqlQuery c(db);
        c.prepare(u"SELECT COUNT(*) FROM %1%2"_s.arg(table, where));
        for (const QVariant &b : filter.binds)
            c.addBindValue(b);
        *totalCount = (c.exec() && c.next()) ? c.value(0).toLongLong() : 0;
    }
    QSqlQuery q(db);
    QString sql = u"SELECT json FROM %1%2 ORDER BY %3"_s.arg(table, where, orderBy);
    if (limit > 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    q.prepare(sql);
    for (const QVariant &b : filter.binds)
        q.addBindValue(b);
    QList<QJsonObject> out;
    if (q.exec()) {
        while (q.next())
            out.append(parseObject(q.value(0).toString()));
    }
    return out;
}

QList<std::pair<QJsonObject, QByteArray>> SandboxStore::selectHistory(const SqlFilter &filter, int limit, int offset,
                                                                      qint64 *totalCount) const
{
    const QString where = filter.clauses.isEmpty() ? QString() : u" WHERE "_s + filter.clauses.join(u" AND "_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery c(db);
    c.prepare(u"SELECT COUNT(*) FROM history"_s + where);
    for (const QVariant &b : filter.binds)
        c.addBindValue(b);
    *totalCount = (c.exec() && c.next()) ? c.value(0).toLongLong() : 0;
    QSqlQuery q(db);
    q.prepare(
        u"SELECT id, key_hash, json FROM history%1 ORDER BY id LIMIT %2 OFFSET %3"_s.arg(where).arg(limit).arg(offset));
    for (const QVariant &b : filter.binds)
        q.addBindValue(b);
    QList<std::pair<QJsonObject, QByteArray>> out;
    if (q.exec()) {
        while (q.next()) {
            QJsonObject entry { { u"id"_s, q.value(0).toLongLong() } };
            const QJsonObject rest = parseObject(q.value(2).toString());
            for (auto it = rest.begin(); it != rest.end(); ++it)
                entry.insert(it.key(), it.value());
            out.append({ entry, q.value(1).toByteArray() });
        }
    }
    return out;
}

Status SandboxStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return dbError(sql.left(40), q.lastError());
    q.finish();
    return {};
}

QSqlQuery &SandboxStore::prepared(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it.value();
    if (m_queries.size() > 256)
        m_queries.clear(); // varying IN lists must not grow the cache without bound
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    return m_queries.insert(sql, std::move(q)).value();
}

bool SandboxStore::transaction()
{
    return QSqlDatabase::database(m_connection).transaction();
}

bool SandboxStore::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

void SandboxStore::rollback()
{
    QSqlDatabase::database(m_connection).rollback();
}

Status SandboxStore::wipe(bool catalogToo)
{
    QStringList tables { u"customers"_s, u"orders"_s, u"history"_s };
    if (catalogToo)
        tables << u"products"_s << u"offers"_s;
    for (const QString &t : tables) {
        if (Status s = exec(u"DELETE FROM "_s + t); !s)
            return s;
        if (Status s = exec(u"DELETE FROM sqlite_sequence WHERE name = ?"_s, { t }); !s)
            return s;
    }
    return {};
}

} // namespace rd::sandbox
