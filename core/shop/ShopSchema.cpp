#include "ShopSchema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QString dialectDir(ShopSettings::Driver dialect)
{
    return dialect == ShopSettings::Driver::Sqlite ? u"sqlite"_s : u"mysql"_s;
}

// Reads one file of resources/schema/<dialect>/ (compiled in as :/schema/...). The files are part of
// the build, so a missing one is a build defect, reported as Internal.
Result<QString> readSchemaFile(ShopSettings::Driver dialect, const QString &name)
{
    const QString path = u":/schema/"_s + dialectDir(dialect) + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, u"The built-in schema file %1 is missing."_s.arg(path),
                     u"The program was built without resources/schema; rebuild it."_s);
    return QString::fromUtf8(file.readAll());
}

QStringList schemaFiles(MiniShopGeneration generation, const SchemaAddons &addons)
{
    const QString gen = miniShopGenerationName(generation);
    QStringList files { u"modx.sql"_s, u"ms2-"_s + gen + u".sql"_s, u"ms2-"_s + gen + u"-data.sql"_s };
    if (addons.msOptionsPrice)
        files << u"msoptionsprice.sql"_s;
    if (addons.msPromoCode)
        files << u"mspromocode.sql"_s;
    if (addons.modRetailCrmColumns)
        files << u"modretailcrm.sql"_s;
    return files;
}

Result<QString> buildScript(ShopSettings::Driver dialect, MiniShopGeneration generation, const QString &prefix,
                            const SchemaAddons &addons)
{
    QString script;
    for (const QString &name : schemaFiles(generation, addons)) {
        auto text = readSchemaFile(dialect, name);
        if (!text)
            return text.error();
        script += u"-- file: "_s + name + u'\n' + *text + u'\n';
    }
    script.replace(u"{PREFIX}"_s, prefix);
    return script;
}

// Names of the tables a script creates, in order.
QStringList createdTables(const QStringList &statements)
{
    static const QRegularExpression re(uR"(^\s*CREATE\s+TABLE\s+[`"]([^`"]+)[`"])"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const QString &statement : statements) {
        const auto match = re.match(statement);
        if (match.hasMatch())
            tables << match.captured(1);
    }
    return tables;
}

QString firstLine(const QString &statement)
{
    const QString trimmed = statement.trimmed();
    const qsizetype nl = trimmed.indexOf(u'\n');
    return nl < 0 ? trimmed : trimmed.left(nl);
}

QString quoted(ShopSettings::Driver dialect, const QString &name)
{
    return dialect == ShopSettings::Driver::MySql ? u'`' + name + u'`' : u'"' + name + u'"';
}

} // namespace

QString miniShopGenerationName(MiniShopGeneration generation)
{
    switch (generation) {
    case MiniShopGeneration::V2_9:
        return u"2.9"_s;
    case MiniShopGeneration::V3_0:
        return u"3.0"_s;
    case MiniShopGeneration::V4_4:
        return u"4.4"_s;
    }
    return {};
}

std::optional<MiniShopGeneration> parseMiniShopGeneration(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u"ms2-", Qt::CaseInsensitive))
        t = t.mid(4);
    if (t == u"2.9" || t == u"2")
        return MiniShopGeneration::V2_9;
    if (t == u"3.0" || t == u"3")
        return MiniShopGeneration::V3_0;
    if (t == u"4.4" || t == u"4")
        return MiniShopGeneration::V4_4;
    return std::nullopt;
}

Result<ShopSettings::Driver> shopSqlDialect(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver == u"QSQLITE"_s)
        return ShopSettings::Driver::Sqlite;
    if (driver == u"QMYSQL"_s || driver == u"QMARIADB"_s)
        return ShopSettings::Driver::MySql;
    return Error(ErrorCode::Internal, u"The Qt SQL driver %1 is not supported for a shop database."_s.arg(driver),
                 u"Use MySQL/MariaDB (QMYSQL) or SQLite (QSQLITE)."_s);
}

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const auto lines = QStringView(script).split(u'\n');
    for (QStringView line : lines) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        if (trimmed.endsWith(u';')) {
            current += line.left(line.lastIndexOf(u';'));
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        } else {
            current += line;
            current += u'\n';
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString shopSchemaSql(ShopSettings::Driver dialect, MiniShopGeneration generation, const QString &prefix,
                      const SchemaAddons &addons)
{
    if (!Profile::validatePrefix(prefix))
        return {};
    auto script = buildScript(dialect, generation, prefix, addons);
    return script ? *script : QString();
}

Status createShopSchema(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                        const SchemaAddons &addons)
{
    if (auto valid = Profile::validatePrefix(prefix); !valid)
        return valid.error();
    if (!db.isOpen())
        return Error(ErrorCode::Database, u"Cannot create the shop schema: the database connection is not open."_s,
                     u"Open the connection first."_s);
    const auto dialect = shopSqlDialect(db);
    if (!dialect)
        return dialect.error();
    auto script = buildScript(*dialect, generation, prefix, addons);
    if (!script)
        return script.error();
    const QStringList statements = splitSqlScript(*script);
    const QStringList tables = createdTables(statements);

    // Never touch an existing shop: refuse before the first statement.
    const QStringList existing = db.tables(QSql::Tables);
    for (const QString &table : tables) {
        const bool exists = *dialect == ShopSettings::Driver::Sqlite
            ? existing.contains(table, Qt::CaseInsensitive)
            : existing.contains(table, Qt::CaseSensitive) || existing.contains(table.toLower());
        if (exists)
            return Error(ErrorCode::Database,
                         u"Cannot create the shop schema: the table %1 already exists."_s.arg(table),
                         u"Use an empty database or another table prefix."_s);
    }

    const bool transactional
        = *dialect == ShopSettings::Driver::Sqlite && db.driver()->hasFeature(QSqlDriver::Transactions);
    if (transactional && !db.transaction())
        return Error(ErrorCode::Database,
                     u"Cannot start a transaction to create the shop schema: %1"_s.arg(db.lastError().text()));

    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (query.exec(statement))
            continue;
        Error error(
            ErrorCode::Database,
            u"Creating the shop schema failed at \"%1\": %2"_s.arg(firstLine(statement), query.lastError().text()),
            u"Check that the database user may create and alter tables in this database."_s);
        query.finish();
        if (transactional) {
            db.rollback();
        } else {
            // MySQL commits each CREATE TABLE: undo what this call created.
            const QStringList now = db.tables(QSql::Tables);
            QSqlQuery drop(db);
            for (const QString &table : tables) {
                if (now.contains(table))
                    drop.exec(u"DROP TABLE "_s + quoted(*dialect, table));
            }
        }
        return error;
    }
    query.finish();
    if (transactional && !db.commit())
        return Error(ErrorCode::Database, u"Saving the new shop schema failed: %1"_s.arg(db.lastError().text()));
    return {};
}

} // namespace rd
