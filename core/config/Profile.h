#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace rd {

// Typed view of one connection profile: the INI file of INTERFACE.md (QSettings IniFormat).
// Secrets are never part of it (see SecretStore). Unknown keys in the file are kept on save.
struct CrmSettings
{
    QUrl url; // https://example.retailcrm.ru (no /api/v5 suffix; http only for loopback); IDN hosts are held in
              // ACE form (xn--…) as QUrl does, Profile::displayUrl() shows them in Unicode
    QString site; // site (store) code
    int rateLimit = 10; // requests per second, 1..100
};

struct ShopSettings
{
    enum class Driver { MySql, Sqlite };
    Driver driver = Driver::MySql;
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString socket; // optional unix socket (absolute path)
    QString database = QStringLiteral("modx");
    QString user = QStringLiteral("modx");
    QString path; // sqlite file; load() makes a relative path absolute against the config file's directory
    QString prefix = QStringLiteral("modx_"); // [A-Za-z0-9_]{0,32}
    QUrl siteUrl; // for offer url/picture; empty or http(s), without trailing '/'
    enum class WeightUnit { Kilogram, Gram };
    WeightUnit weightUnit = WeightUnit::Kilogram;
};

struct SyncSettings
{
    QList<int> statuses; // shop status ids whose changes sync both ways
    bool msOptionsPrice = false;
    bool addCrmNumber = false;
};

// One problem found by Profile::validationProblems(): the INI key ("crm/url") and the Error(Config) for it.
struct ConfigProblem
{
    QString key;
    Error error;
};

class Profile
{
public:
    Profile() = default;

    // Reads and validates the file. A missing or invalid value fails with an Error(Config) whose
    // message names the key, the file and what is expected. A missing file is an error too.
    // When several values are wrong, message/hint describe the first and Error::messages lists the others.
    static Result<Profile> load(const QString &filePath);
    // Writes every known key (validated first), keeping unknown keys that were in the file (comments are not
    // kept: QSettings drops them). Creates the directory. Never writes a secret: secret-looking keys such as
    // crm/api_key or shop/password are removed from the file.
    Status save() const;
    Status saveAs(const QString &filePath);

    // Default config file: QStandardPaths::GenericConfigLocation + "/RetailDesk/retaildesk.conf"
    // (~/.config/RetailDesk/retaildesk.conf on Linux), independent of the application name.
    static QString defaultPath();

    // Validates the values held (what save() does first). validate() returns the first problem (others in
    // Error::messages); validationProblems() returns all of them, in file order, for a settings page.
    Status validate() const;
    QList<ConfigProblem> validationProblems() const;

    // Validators shared by load(), the GUI and the CLI; each returns an Error(Config) naming `key`.
    static Status validateCrmUrl(const QUrl &url, const QString &key = QStringLiteral("crm/url"));
    static Status validatePrefix(const QString &prefix, const QString &key = QStringLiteral("shop/prefix"));
    static Status validateSiteCode(const QString &site, const QString &key = QStringLiteral("crm/site"));
    // Normalises what a person types: trims, adds https:// when no scheme, drops trailing slashes and an
    // /api/v5 (or /api) suffix, lower-cases the host. Validation still applies afterwards.
    static QUrl normaliseCrmUrl(const QString &typed);
    static bool isLoopbackHost(const QString &host);
    // The URL for people: an IDN host in Unicode (https://магазин.retailcrm.ru), no user info. save() writes this.
    static QString displayUrl(const QUrl &url);

    // Parsers shared with the GUI; the errors name `key` (and no file).
    // "2,3,4", "2, 3 ,4", "" (empty list); every item a whole number above 0; duplicates dropped.
    static Result<QList<int>> parseStatuses(const QString &text, const QString &key = QStringLiteral("sync/statuses"));
    static QString driverName(ShopSettings::Driver driver); // "mysql" | "sqlite"
    static QString weightUnitName(ShopSettings::WeightUnit unit); // "kg" | "g"

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    // A stable identifier of the profile for keychain entries: the absolute file path's canonical form.
    QString keychainId() const { return keychainIdFor(m_filePath); }
    // The same for any path (canonical when the file, or at least its directory, exists; empty for "").
    static QString keychainIdFor(const QString &filePath);

    CrmSettings crm;
    ShopSettings shop;
    SyncSettings sync;

private:
    QString m_filePath;
};

} // namespace rd
