#include "Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// Keys of the file (INTERFACE.md), in file order.
const QString kCrmUrl = u"crm/url"_s;
const QString kCrmSite = u"crm/site"_s;
const QString kCrmRateLimit = u"crm/rate_limit"_s;
const QString kShopDriver = u"shop/driver"_s;
const QString kShopHost = u"shop/host"_s;
const QString kShopPort = u"shop/port"_s;
const QString kShopSocket = u"shop/socket"_s;
const QString kShopDatabase = u"shop/database"_s;
const QString kShopUser = u"shop/user"_s;
const QString kShopPath = u"shop/path"_s;
const QString kShopPrefix = u"shop/prefix"_s;
const QString kShopSiteUrl = u"shop/site_url"_s;
const QString kShopWeightUnit = u"shop/weight_unit"_s;
const QString kSyncStatuses = u"sync/statuses"_s;
const QString kSyncMsOptionsPrice = u"sync/msoptionsprice"_s;
const QString kSyncAddCrmNumber = u"sync/add_crm_number"_s;

constexpr int kMaxShownValue = 80;

// Keys people might be tempted to put a secret in. load() refuses them (without echoing the value),
// save() removes them: secrets live in the environment or the keychain only.
struct SecretKey
{
    QString key;
    const char *cliName;
};
const QList<SecretKey> &secretLookingKeys()
{
    static const QList<SecretKey> keys {
        { u"crm/api_key"_s, "crm-api-key" },        { u"crm/apikey"_s, "crm-api-key" },
        { u"crm/apiKey"_s, "crm-api-key" },         { u"crm/key"_s, "crm-api-key" },
        { u"shop/password"_s, "shop-db-password" }, { u"shop/pass"_s, "shop-db-password" },
        { u"shop/passwd"_s, "shop-db-password" },
    };
    return keys;
}

QString inFile(const QString &file)
{
    return file.isEmpty() ? QString() : u" in "_s + file;
}

QString shown(const QString &value)
{
    if (value.size() <= kMaxShownValue)
        return value;
    return value.left(kMaxShownValue) + u"…"_s;
}

// A URL as typed, for a message: never echo a user:password@ part or a query (it may hold an apiKey).
QString redactedUrlText(const QString &text)
{
    static const QRegularExpression userInfo(u"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@?#]*@"_s);
    QString out = text;
    const QRegularExpressionMatch m = userInfo.match(out);
    if (m.hasMatch())
        out.replace(0, m.capturedLength(), m.captured(1) + u"…@"_s);
    const qsizetype q = out.indexOf(u'?');
    if (q >= 0)
        out = out.left(q) + u"?…"_s;
    return shown(out);
}

Error invalidValue(const QString &key, const QString &file, const QString &value, const QString &expected,
                   const QString &hint = {})
{
    QString h = hint;
    if (h.isEmpty()) {
        h = file.isEmpty() ? u"Correct %1 on the Settings page."_s.arg(key)
                           : u"Correct %1 in %2, or on the Settings page of RetailDesk."_s.arg(key, file);
    }
    return Error(ErrorCode::Config, u"Invalid %1%2: '%3' — expected %4."_s.arg(key, inFile(file), value, expected), h);
}

Error missingValue(const QString &key, const QString &file, const QString &expected, const QString &hint = {})
{
    QString h = hint;
    if (h.isEmpty()) {
        h = file.isEmpty() ? u"Fill in %1 on the Settings page."_s.arg(key)
                           : u"Add %1 to %2 (see the example in the README), or use the setup wizard."_s.arg(key, file);
    }
    return Error(ErrorCode::Config, u"Missing %1%2 — expected %3."_s.arg(key, inFile(file), expected), h);
}

const QString kUrlExpected = u"the address of your RetailCRM account, e.g. https://example.retailcrm.ru"_s;

Status checkCrmUrl(const QUrl &url, const QString &key, const QString &file, const QString &typed)
{
    if (url.isEmpty() && typed.trimmed().isEmpty())
        return missingValue(key, file, kUrlExpected);
    const QString value = redactedUrlText(typed.isNull() ? url.toString() : typed);
    if (!url.isValid() || url.host().isEmpty())
        return invalidValue(key, file, value, kUrlExpected);
    if (!url.userInfo().isEmpty()) {
        return invalidValue(key, file, value, u"the account address without a user name or password"_s,
                            u"Remove the 'user:password@' part. The API key is stored separately: "
                            u"retaildesk-cli secret set crm-api-key (or the Settings page)."_s);
    }
    if (url.hasQuery() || url.hasFragment()) {
        return invalidValue(key, file, value, u"just the account address, without '?…' or '#…'"_s,
                            u"Use only https://HOST, e.g. https://example.retailcrm.ru. The API key never goes into "
                            u"the URL: store it with retaildesk-cli secret set crm-api-key."_s);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s) {
        if (!Profile::isLoopbackHost(url.host())) {
            return invalidValue(key, file, value,
                                u"an https:// address (plain http is accepted only for a CRM on this machine: "
                                u"127.0.0.1, ::1, localhost)"_s,
                                u"Use https://%1 instead: the API key must not travel unencrypted."_s.arg(
                                    Profile::displayUrl(url).section(u"://"_s, 1)));
        }
    } else if (scheme != u"https"_s) {
        return invalidValue(key, file, value, u"an https:// address such as https://example.retailcrm.ru"_s);
    }
    // A path is allowed (a reverse proxy), but not the API's own: RetailDesk adds /api/v5 to the account address.
    static const QRegularExpression apiPath(u"(^|/)api(/|$)"_s, QRegularExpression::CaseInsensitiveOption);
    if (apiPath.match(url.path()).hasMatch()) {
        return invalidValue(key, file, value, u"the account address without the /api/v5 suffix"_s,
                            u"Use https://%1 — RetailDesk adds /api/v5 itself."_s.arg(url.host()));
    }
    return {};
}

Status checkPrefix(const QString &prefix, const QString &key, const QString &file)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_]{0,32}"_s));
    if (re.match(prefix).hasMatch())
        return {};
    return invalidValue(key, file, shown(prefix),
                        u"the MODX table prefix: up to 32 letters A–Z, digits and underscores, e.g. modx_"_s,
                        u"Copy the prefix from the MODX core/config/config.inc.php ($table_prefix). Anything else is "
                        u"refused because the prefix becomes part of SQL table names."_s);
}

Status checkSiteCode(const QString &site, const QString &key, const QString &file)
{
    const QString expected = u"the RetailCRM site (store) code: 1 to 255 letters, digits, '_', '.' or '-', no "
                             u"spaces"_s;
    const QString hint = u"Copy the code from RetailCRM: Settings → Stores (Настройки → Магазины)."_s;
    if (site.isEmpty())
        return missingValue(key, file, expected, hint);
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.-]{1,255}"_s));
    if (re.match(site).hasMatch())
        return {};
    return invalidValue(key, file, shown(site), expected, hint);
}

Status checkSiteUrl(const QUrl &url, const QString &key, const QString &file, const QString &typed)
{
    if (url.isEmpty() && typed.isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty())
        return {};
    return invalidValue(
        key, file, redactedUrlText(typed.isNull() ? url.toString() : typed),
        u"nothing, or the shop's address starting with http:// or https://, e.g. https://shop.example"_s);
}

QUrl parseSiteUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    QUrl url(text, QUrl::StrictMode);
    if (url.isValid()) {
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path);
    }
    return url;
}

Result<QList<int>> parseStatusList(const QString &text, const QString &key, const QString &file)
{
    QList<int> ids;
    const QStringList items = text.split(u',');
    for (const QString &item : items) {
        const QString t = item.trimmed();
        if (t.isEmpty())
            continue;
        bool ok = false;
        const int n = t.toInt(&ok, 10);
        if (!ok || n <= 0) {
            return invalidValue(key, file, shown(text),
                                u"a comma-separated list of shop status ids (whole numbers above 0), e.g. 2,3,4, or "
                                u"nothing; '%1' is not one"_s.arg(shown(t)));
        }
        if (!ids.contains(n))
            ids.append(n);
    }
    return ids;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"true"_s || t == u"1"_s || t == u"yes"_s)
        return true;
    if (t == u"false"_s || t == u"0"_s || t == u"no"_s)
        return false;
    return std::nullopt;
}

std::optional<int> parseInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

// Collects problems, at most one per key, in the order found.
class Problems
{
public:
    void add(const QString &key, const Status &status)
    {
        if (!status && !has(key))
            m_list.append(ConfigProblem { key, status.error() });
    }
    bool has(const QString &key) const
    {
        return std::any_of(m_list.cbegin(), m_list.cend(), [&](const ConfigProblem &p) { return p.key == key; });
    }
    QList<ConfigProblem> &list() { return m_list; }

private:
    QList<ConfigProblem> m_list;
};

Error combined(const QList<ConfigProblem> &problems)
{
    Error e = problems.constFirst().error;
    for (qsizetype i = 1; i < problems.size(); ++i)
        e.messages.append(problems.at(i).error.message);
    return e;
}

// Validation of the typed values; `raw` holds the text as written in the file, echoed in messages.
void collectProblems(const Profile &p, Problems &out, const QHash<QString, QString> &raw = {})
{
    const QString file = p.filePath();
    auto rawOr = [&](const QString &key, const QString &fallback) { return raw.value(key, fallback); };

    out.add(kCrmUrl, checkCrmUrl(p.crm.url, kCrmUrl, file, rawOr(kCrmUrl, QString())));
    out.add(kCrmSite, checkSiteCode(p.crm.site, kCrmSite, file));
    if (p.crm.rateLimit < 1 || p.crm.rateLimit > 100) {
        out.add(kCrmRateLimit,
                invalidValue(kCrmRateLimit, file, rawOr(kCrmRateLimit, QString::number(p.crm.rateLimit)),
                             u"a whole number of requests per second from 1 to 100"_s));
    }

    if (p.shop.driver == ShopSettings::Driver::Sqlite) {
        if (p.shop.path.isEmpty()) {
            out.add(kShopPath,
                    missingValue(kShopPath, file,
                                 u"the SQLite database file of the shop (required when "
                                 u"shop/driver=sqlite)"_s));
        }
    } else {
        if (p.shop.database.isEmpty()) {
            out.add(kShopDatabase,
                    missingValue(kShopDatabase, file,
                                 u"the name of the MODX database (required when shop/driver=mysql)"_s));
        }
        if (p.shop.user.isEmpty()) {
            out.add(kShopUser,
                    missingValue(kShopUser, file, u"the database user name (required when shop/driver=mysql)"_s));
        }
        if (p.shop.host.isEmpty())
            out.add(kShopHost, missingValue(kShopHost, file, u"the database host, e.g. 127.0.0.1"_s));
    }
    if (p.shop.port < 1 || p.shop.port > 65535) {
        out.add(kShopPort,
                invalidValue(kShopPort, file, rawOr(kShopPort, QString::number(p.shop.port)),
                             u"a TCP port number from 1 to 65535 (MySQL/MariaDB use 3306)"_s));
    }
    if (!p.shop.socket.isEmpty() && !QDir::isAbsolutePath(p.shop.socket)) {
        out.add(kShopSocket,
                invalidValue(kShopSocket, file, shown(p.shop.socket),
                             u"nothing, or the absolute path of the MySQL/MariaDB unix socket, e.g. "
                             u"/run/mysqld/mysqld.sock"_s));
    }
    out.add(kShopPrefix, checkPrefix(p.shop.prefix, kShopPrefix, file));
    out.add(kShopSiteUrl, checkSiteUrl(p.shop.siteUrl, kShopSiteUrl, file, rawOr(kShopSiteUrl, QString())));
    for (int status : p.sync.statuses) {
        if (status <= 0) {
            QStringList items;
            for (int s : p.sync.statuses)
                items.append(QString::number(s));
            out.add(kSyncStatuses,
                    invalidValue(kSyncStatuses, file, rawOr(kSyncStatuses, items.join(u',')),
                                 u"a comma-separated list of shop status ids (whole numbers above 0), e.g. 2,3,4, or "
                                 u"nothing"_s));
            break;
        }
    }
}

// Reads INI values: absent keys are std::nullopt; QSettings returns a QStringList for a value with commas,
// which is joined back. Qt's INI parser already drops a trailing "; comment" after an unquoted value (and
// keeps a ';' inside a "quoted" value), so values are only trimmed here.
class IniReader
{
public:
    explicit IniReader(const QSettings &settings)
        : m_settings(settings)
    { }

    std::optional<QString> text(const QString &key)
    {
        if (!m_settings.contains(key))
            return std::nullopt;
        const QVariant v = m_settings.value(key);
        QString t;
        if (v.typeId() == QMetaType::QStringList)
            t = v.toStringList().join(u',');
        else if (v.canConvert<QString>())
            t = v.toString();
        t = t.trimmed();
        m_raw.insert(key, t);
        return t;
    }
    // Present and not empty.
    std::optional<QString> nonEmpty(const QString &key)
    {
        std::optional<QString> t = text(key);
        if (t && t->isEmpty())
            return std::nullopt;
        return t;
    }
    const QHash<QString, QString> &raw() const { return m_raw; }

private:
    const QSettings &m_settings;
    QHash<QString, QString> m_raw;
};

} // namespace

Result<Profile> Profile::load(const QString &filePath)
{
    if (filePath.isEmpty()) {
        return Error(ErrorCode::Config, u"No config file given."_s,
                     u"Pass --config FILE, or create the default one with the setup wizard."_s);
    }
    const QFileInfo info(filePath);
    const QString file = QDir::cleanPath(info.absoluteFilePath());
    if (!info.exists()) {
        return Error(ErrorCode::Config,
                     u"Config file %1 does not exist — create it with the setup wizard or copy the example from the "
                     u"README."_s.arg(file),
                     u"Run retaildesk (the setup wizard starts when no profile exists), or pass another file with "
                     u"--config FILE."_s);
    }
    if (info.isDir()) {
        return Error(ErrorCode::Config, u"Config file %1 is a directory, not a file."_s.arg(file),
                     u"Pass the INI file itself with --config FILE, e.g. %1/retaildesk.conf."_s.arg(file));
    }
    if (!info.isReadable()) {
        return Error(ErrorCode::Config, u"Config file %1 cannot be read: permission denied."_s.arg(file),
                     u"Check the file's owner and permissions (chmod 600 is enough)."_s);
    }

    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return Error(ErrorCode::Config, u"Config file %1 is not a valid INI file."_s.arg(file),
                     u"Compare it with the example in the README, or recreate it with the setup wizard."_s);
    }

    Profile p;
    p.m_filePath = file;
    Problems problems;
    IniReader in(settings);

    for (const SecretKey &s : secretLookingKeys()) {
        if (settings.contains(s.key)) {
            problems.add(s.key,
                         Error(ErrorCode::Config,
                               u"%1 in %2 looks like a secret: secrets are never read from the config "
                               u"file."_s.arg(s.key, file),
                               u"Remove %1 from the file and store the value in the keychain: printf %s "
                               u"'VALUE' | retaildesk-cli --config %2 secret set %3"_s.arg(
                                   s.key, file, QString::fromLatin1(s.cliName))));
        }
    }

    // [crm]
    if (const auto url = in.nonEmpty(kCrmUrl))
        p.crm.url = normaliseCrmUrl(*url);
    if (const auto site = in.nonEmpty(kCrmSite))
        p.crm.site = *site;
    if (const auto rate = in.nonEmpty(kCrmRateLimit)) {
        if (const auto n = parseInt(*rate))
            p.crm.rateLimit = *n;
        else
            p.crm.rateLimit = 0; // reported by collectProblems() with the raw text
    }

    // [shop]
    const auto driver = in.nonEmpty(kShopDriver);
    if (!driver) {
        problems.add(kShopDriver, missingValue(kShopDriver, file, u"mysql or sqlite"_s));
    } else if (driver->compare(u"mysql"_s, Qt::CaseInsensitive) == 0
               || driver->compare(u"mariadb"_s, Qt::CaseInsensitive) == 0) {
        p.shop.driver = ShopSettings::Driver::MySql;
    } else if (driver->compare(u"sqlite"_s, Qt::CaseInsensitive) == 0) {
        p.shop.driver = ShopSettings::Driver::Sqlite;
    } else {
        problems.add(kShopDriver, invalidValue(kShopDriver, file, shown(*driver), u"mysql or sqlite"_s));
    }
    const bool mysql = driver && p.shop.driver == ShopSettings::Driver::MySql && !problems.has(kShopDriver);
    const bool sqlite = driver && p.shop.driver == ShopSettings::Driver::Sqlite;

    if (const auto host = in.nonEmpty(kShopHost))
        p.shop.host = *host;
    if (const auto port = in.nonEmpty(kShopPort)) {
        if (const auto n = parseInt(*port))
            p.shop.port = *n;
        else
            p.shop.port = 0; // reported with the raw text
    }
    p.shop.socket = in.text(kShopSocket).value_or(QString());
    const auto database = in.nonEmpty(kShopDatabase);
    p.shop.database = database.value_or(QString());
    if (mysql && !database)
        problems.add(kShopDatabase, missingValue(kShopDatabase, file, u"the name of the MODX database"_s));
    const auto user = in.nonEmpty(kShopUser);
    p.shop.user = user.value_or(QString());
    if (mysql && !user) {
        problems.add(kShopUser,
                     missingValue(kShopUser, file,
                                  u"the database user name (its password goes in the keychain, not "
                                  u"here)"_s));
    }
    if (const auto path = in.nonEmpty(kShopPath)) {
        p.shop.path = QDir::isAbsolutePath(*path) ? QDir::cleanPath(*path)
                                                  : QDir::cleanPath(info.absoluteDir().filePath(*path));
    } else if (sqlite) {
        problems.add(kShopPath,
                     missingValue(kShopPath, file,
                                  u"the SQLite database file of the shop (required when "
                                  u"shop/driver=sqlite)"_s));
    }
    if (const auto prefix = in.text(kShopPrefix))
        p.shop.prefix = *prefix; // present but empty = no prefix, which is valid
    if (const auto siteUrl = in.text(kShopSiteUrl))
        p.shop.siteUrl = parseSiteUrl(*siteUrl);
    if (const auto unit = in.nonEmpty(kShopWeightUnit)) {
        if (unit->compare(u"kg"_s, Qt::CaseInsensitive) == 0) {
            p.shop.weightUnit = ShopSettings::WeightUnit::Kilogram;
        } else if (unit->compare(u"g"_s, Qt::CaseInsensitive) == 0) {
            p.shop.weightUnit = ShopSettings::WeightUnit::Gram;
        } else {
            problems.add(kShopWeightUnit,
                         invalidValue(kShopWeightUnit, file, shown(*unit),
                                      u"kg or g: the unit miniShop2 weights are entered in (kg by default)"_s));
        }
    }

    // [sync]
    if (const auto statuses = in.text(kSyncStatuses)) {
        Result<QList<int>> parsed = parseStatusList(*statuses, kSyncStatuses, file);
        if (parsed)
            p.sync.statuses = *parsed;
        else
            problems.add(kSyncStatuses, parsed.error());
    }
    const auto readBool = [&](const QString &key, bool &target) {
        if (const auto t = in.nonEmpty(key)) {
            if (const auto b = parseBool(*t))
                target = *b;
            else
                problems.add(key, invalidValue(key, file, shown(*t), u"true or false (yes/no and 1/0 work too)"_s));
        }
    };
    readBool(kSyncMsOptionsPrice, p.sync.msOptionsPrice);
    readBool(kSyncAddCrmNumber, p.sync.addCrmNumber);

    collectProblems(p, problems, in.raw());
    if (!problems.list().isEmpty()) {
        // Report in file order, whatever the order they were found in.
        static const QStringList order { kCrmUrl,         kCrmSite,      kCrmRateLimit,       kShopDriver,
                                         kShopHost,       kShopPort,     kShopSocket,         kShopDatabase,
                                         kShopUser,       kShopPath,     kShopPrefix,         kShopSiteUrl,
                                         kShopWeightUnit, kSyncStatuses, kSyncMsOptionsPrice, kSyncAddCrmNumber };
        QList<ConfigProblem> list = problems.list();
        std::stable_sort(list.begin(), list.end(), [](const ConfigProblem &a, const ConfigProblem &b) {
            return order.indexOf(a.key) < order.indexOf(b.key);
        });
        return combined(list);
    }
    return p;
}

QList<ConfigProblem> Profile::validationProblems() const
{
    Problems problems;
    collectProblems(*this, problems);
    return problems.list();
}

Status Profile::validate() const
{
    const QList<ConfigProblem> problems = validationProblems();
    if (problems.isEmpty())
        return {};
    return combined(problems);
}

Status Profile::save() const
{
    if (m_filePath.isEmpty()) {
        return Error(ErrorCode::Internal, u"The profile has no file to be saved to."_s,
                     u"Use saveAs(FILE) or setFilePath() first."_s);
    }
    if (Status valid = validate(); !valid)
        return valid;

    const QFileInfo info(m_filePath);
    const QString file = QDir::cleanPath(info.absoluteFilePath());
    if (!QDir().mkpath(info.absolutePath())) {
        return Error(ErrorCode::Io,
                     u"Could not create the directory %1 for the config file."_s.arg(info.absolutePath()),
                     u"Check that its parent exists and is writable, or choose another place with --config FILE."_s);
    }
    if (info.exists() && !info.isWritable()) {
        return Error(ErrorCode::Io, u"Could not write %1: permission denied."_s.arg(file),
                     u"Check the file's owner and permissions."_s);
    }

    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return Error(ErrorCode::Config, u"Config file %1 is not a valid INI file: not overwriting it."_s.arg(file),
                     u"Move it aside and save again."_s);
    }
    settings.setValue(kCrmUrl, displayUrl(crm.url));
    settings.setValue(kCrmSite, crm.site);
    settings.setValue(kCrmRateLimit, crm.rateLimit);
    settings.setValue(kShopDriver, driverName(shop.driver));
    settings.setValue(kShopHost, shop.host);
    settings.setValue(kShopPort, shop.port);
    settings.setValue(kShopSocket, shop.socket);
    settings.setValue(kShopDatabase, shop.database);
    settings.setValue(kShopUser, shop.user);
    settings.setValue(kShopPath, shop.path);
    settings.setValue(kShopPrefix, shop.prefix);
    settings.setValue(kShopSiteUrl, shop.siteUrl.isEmpty() ? QString() : shop.siteUrl.toString());
    settings.setValue(kShopWeightUnit, weightUnitName(shop.weightUnit));
    QStringList statuses;
    for (int s : sync.statuses)
        statuses.append(QString::number(s));
    // A plain string: QSettings would write an empty QStringList as "@Invalid()".
    settings.setValue(kSyncStatuses, statuses.join(u','));
    settings.setValue(kSyncMsOptionsPrice, sync.msOptionsPrice);
    settings.setValue(kSyncAddCrmNumber, sync.addCrmNumber);
    for (const SecretKey &s : secretLookingKeys())
        settings.remove(s.key);
    settings.sync();
    // FormatError after the write only means the old file held lines QSettings could not parse (load()
    // ignores them as well): the file has been rewritten without them. Only AccessError is a failed write.
    if (settings.status() == QSettings::AccessError) {
        return Error(ErrorCode::Io, u"Could not write the config file %1."_s.arg(file),
                     u"Check free disk space and the permissions of %1."_s.arg(info.absolutePath()));
    }
    return {};
}

Status Profile::saveAs(const QString &filePath)
{
    m_filePath = filePath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(filePath).absoluteFilePath());
    return save();
}

QString Profile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/RetailDesk/retaildesk.conf"_s;
}

Status Profile::validateCrmUrl(const QUrl &url, const QString &key)
{
    return checkCrmUrl(url, key, QString(), QString());
}

Status Profile::validatePrefix(const QString &prefix, const QString &key)
{
    return checkPrefix(prefix, key, QString());
}

Status Profile::validateSiteCode(const QString &site, const QString &key)
{
    return checkSiteCode(site, key, QString());
}

QUrl Profile::normaliseCrmUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return url;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower()); // QUrl lower-cases and nameprep's already; kept explicit
    QString path = url.path();
    static const QRegularExpression suffix(u"/+api(/+v\\d+)?/*$"_s, QRegularExpression::CaseInsensitiveOption);
    while (path.endsWith(u'/'))
        path.chop(1);
    path.remove(suffix);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool Profile::isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == u"localhost"_s)
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString Profile::displayUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QString text = url.toString(QUrl::RemoveUserInfo);
    const QString ace = url.host(QUrl::FullyEncoded);
    const QString unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (ace.contains(u"xn--"_s) && unicode != ace) {
        const qsizetype at = text.indexOf(ace);
        if (at >= 0)
            text.replace(at, ace.size(), unicode);
    }
    return text;
}

Result<QList<int>> Profile::parseStatuses(const QString &text, const QString &key)
{
    return parseStatusList(text, key, QString());
}

QString Profile::driverName(ShopSettings::Driver driver)
{
    return driver == ShopSettings::Driver::Sqlite ? u"sqlite"_s : u"mysql"_s;
}

QString Profile::weightUnitName(ShopSettings::WeightUnit unit)
{
    return unit == ShopSettings::WeightUnit::Gram ? u"g"_s : u"kg"_s;
}

QString Profile::keychainIdFor(const QString &filePath)
{
    if (filePath.isEmpty())
        return {};
    const QFileInfo info(filePath);
    if (info.exists())
        return info.canonicalFilePath();
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!dir.isEmpty())
        return dir + u'/' + info.fileName();
    return QDir::cleanPath(info.absoluteFilePath());
}

} // namespace rd
