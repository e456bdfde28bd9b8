#pragma once

#include "JobEnvironment.h"
#include "SyncTypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// What one day brought, summed over the runs that started that day (local date).
struct DayActivity
{
    QDate day;
    qint64 ordersSent = 0; // orders the CRM took (upload orders, sync rounds)
    qint64 customersSent = 0;
    qint64 statusesToCrm = 0; // shop status changes the CRM took (orders/edit, or the order uploaded whole)
    qint64 statusesToShop = 0; // CRM status changes written to the shop (one ms2_order_logs row each)
    qint64 failed = 0; // items the CRM refused or that could not be applied
    qint64 runs = 0;
};

// The dashboard's numbers for one profile. Every part is read independently: a part that cannot be
// read leaves its figures at -1 and adds a line to `problems` (what failed and what to do).
struct Overview
{
    QList<RunRecord> recentRuns; // newest first
    QList<DayActivity> days; // oldest first, one entry per day up to today (days without runs too)
    // The shop (sendable rows: orders in any status, customers).
    qint64 shopOrders = -1;
    qint64 shopCustomers = -1;
    // The CRM (this site's totals).
    qint64 crmOrders = -1;
    qint64 crmCustomers = -1;
    // The journal.
    qint64 ordersSent = -1;
    qint64 ordersFailed = -1;
    qint64 customersSent = -1;
    qint64 customersFailed = -1;
    // Retries the sync round keeps for its next turn.
    qint64 pendingStatusPushes = -1;
    qint64 pendingHistoryApplies = -1;
    QStringList problems;

    qint64 failedTotal() const;
};

struct OverviewOptions
{
    int days = 14; // days of activity, today included
    int recentRuns = 10;
    bool crm = true; // ask the CRM for its totals (two light list calls)
};

// Activity per day from these runs (RunRecord::details), `days` days ending `today`, oldest first.
QList<DayActivity> dailyActivity(const QList<RunRecord> &runs, const QDate &today, int days);

// Reads everything above. Blocking (shop SQL, the state file, two CRM calls): call it on a worker
// thread. The state file is only read (never locked): a running job does not stop the dashboard.
Overview loadOverview(const JobEnvironment &environment, const OverviewOptions &options = {});

} // namespace rd
