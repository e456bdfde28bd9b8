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
    QUrl url; // https://example.retailcrm.ru (no /api/v5 suffix; http only for loopback)
    QString site; // site (store) code
    int rateLimit = 10; // requests per second, 1..100
};

struct ShopSettings
{
    enum class Driver { MySql, Sqlite };
    Driver driver = Driver::MySql;
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString socket; // optional unix socket
    QString database = QStringLiteral("modx");
    QString user = QStringLiteral("modx");
    QString path; // sqlite file
    QString prefix = QStringLiteral("modx_"); // [A-Za-z0-9_]{0,32}
    QUrl siteUrl; // for offer url/picture
    enum class WeightUnit { Kilogram, Gram };
    WeightUnit weightUnit = WeightUnit::Kilogram;
};

struct SyncSettings
{
    QList<int> statuses; // shop status ids whose changes sync both ways
    bool msOptionsPrice = false;
    bool addCrmNumber = false;
};

class Profile
{
public:
    Profile() = default;

    // Reads and validates the file. A missing or invalid value fails with an Error(Config) whose
    // message names the key, the file and what is expected. A missing file is an error too.
    static Result<Profile> load(const QString &filePath);
    // Writes every known key (validated first), keeping unknown keys that were in the file.
    Status save() const;
    Status saveAs(const QString &filePath);

    // Default config file: QStandardPaths::AppConfigLocation + "/retaildesk.conf"
    // (~/.config/RetailDesk/retaildesk.conf on Linux).
    static QString defaultPath();

    // Validators shared by load(), the GUI and the CLI; each returns an Error(Config) naming `key`.
    static Status validateCrmUrl(const QUrl &url, const QString &key = QStringLiteral("crm/url"));
    static Status validatePrefix(const QString &prefix, const QString &key = QStringLiteral("shop/prefix"));
    static Status validateSiteCode(const QString &site, const QString &key = QStringLiteral("crm/site"));
    // Normalises what a person types: adds https:// when no scheme, drops trailing slashes and an
    // /api/v5 (or /api) suffix, lower-cases the host. Validation still applies afterwards.
    static QUrl normaliseCrmUrl(const QString &typed);
    static bool isLoopbackHost(const QString &host);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    // A stable identifier of the profile for keychain entries: the absolute file path's canonical form.
    QString keychainId() const;

    CrmSettings crm;
    ShopSettings shop;
    SyncSettings sync;

private:
    QString m_filePath;
};

} // namespace rd
