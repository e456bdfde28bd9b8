#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace rd {

class Profile;

// One offer the CRM did not take, as the stock/price upload recorded it.
struct StockItemOutcome
{
    QString kind; // "stock" | "prices"
    QString offerId; // the offer externalId ("10", "mod-10-7")
    QString outcome; // "not-found" | "failed"
    QString reason; // for people
};

// The stock/price upload's own small journal: a SQLite file with the position of an unfinished run
// (the last product id whose offers were all answered), one row per run with its summary, and one
// row per offer the CRM did not find or refused. StateStore (core/sync) was not available when this
// was written, so the catalog keeps this minimal file of its own beside it (defaultPath()).
//
// Stock and prices are absolute values, so sending an offer twice is harmless: the position only
// saves work after an interruption (Ctrl+C, a lost connection, a crash); a run that ends normally
// clears it and the next run starts from the first product.
//
// The connection is opened in the constructing thread and used only from it.
class CatalogStockJournal final
{
public:
    static constexpr int SchemaVersion = 1;

    ~CatalogStockJournal();
    Q_DISABLE_COPY_MOVE(CatalogStockJournal)

    // Opens (creating the directory and the file) and brings the schema up to date.
    static Result<std::unique_ptr<CatalogStockJournal>> open(const QString &path);
    // QStandardPaths::AppLocalDataLocation/state/<first 16 hex digits of SHA-256(profile.keychainId())>-catalog.sqlite
    static QString defaultPath(const Profile &profile);

    QString path() const { return m_path; }

    // The position an interrupted run left (nullopt when the last run finished, or none ran).
    Result<std::optional<int>> position();
    Status setPosition(int productId);
    Status clearPosition();

    // A new run row; returns its id.
    Result<qint64> beginRun(int resumedAfter);
    // outcome: "finished" | "cancelled" | "failed"; summary: StockSummary::toJson().
    Status finishRun(qint64 runId, const QString &outcome, const QJsonObject &summary);
    Status recordItems(qint64 runId, const QList<StockItemOutcome> &items);
    // The offers of `runId` the CRM did not take (all of them, unlike the summary's capped list).
    Result<QList<StockItemOutcome>> items(qint64 runId);
    // The summary JSON stored by finishRun (empty object while running).
    Result<QJsonObject> runSummary(qint64 runId);

private:
    explicit CatalogStockJournal(QString path);
    Status migrate();
    Error sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace rd
