#include "Overview.h"

#include "StateStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "crm/CrmDecode.h"
#include "shop/ShopCustomerReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

qint64 number(const QJsonObject &o, const QString &key)
{
    return o.value(key).toInteger();
}

void addRun(DayActivity &day, const RunRecord &run)
{
    ++day.runs;
    const QJsonObject &d = run.details;
    if (run.kind == u"sync"_s) {
        if (d.isEmpty()) {
            day.failed += run.failed;
            return;
        }
        day.ordersSent += number(d.value(u"orders"_s).toObject(), u"sent"_s);
        day.customersSent += number(d.value(u"customers"_s).toObject(), u"sent"_s);
        const QJsonObject out = d.value(u"statusOut"_s).toObject();
        day.statusesToCrm += number(out, u"sent"_s) + number(out, u"uploadedWhole"_s);
        day.statusesToShop += number(d.value(u"historyIn"_s).toObject(), u"applied"_s);
        day.failed += number(d, u"failed"_s);
        return;
    }
    day.failed += run.failed;
    if (run.details.value(u"dryRun"_s).toBool())
        return;
    if (run.kind == u"upload orders"_s)
        day.ordersSent += run.sent;
    else if (run.kind == u"upload customers"_s)
        day.customersSent += run.sent;
}

template<typename R> void note(Overview &o, const QString &what, const R &result)
{
    if (!result)
        o.problems.append(u"%1: %2"_s.arg(what, result.error().toString()));
}

} // namespace

qint64 Overview::failedTotal() const
{
    return qMax<qint64>(0, ordersFailed) + qMax<qint64>(0, customersFailed) + qMax<qint64>(0, pendingStatusPushes)
        + qMax<qint64>(0, pendingHistoryApplies);
}

QList<DayActivity> dailyActivity(const QList<RunRecord> &runs, const QDate &today, int days)
{
    QList<DayActivity> out;
    if (days < 1 || !today.isValid())
        return out;
    const QDate first = today.addDays(-(days - 1));
    out.resize(days);
    for (int i = 0; i < days; ++i)
        out[i].day = first.addDays(i);
    for (const RunRecord &run : runs) {
        const QDate day = run.startedAt.toLocalTime().date();
        const qint64 index = first.daysTo(day);
        if (index < 0 || index >= days)
            continue;
        addRun(out[index], run);
    }
    return out;
}

Overview loadOverview(const JobEnvironment &env, const OverviewOptions &options)
{
    Overview o;

    // The local state: only when the file exists (opening creates it; a profile that never ran has none).
    const QString statePath = env.statePath.isEmpty() ? StateStore::defaultPath(env.profile) : env.statePath;
    std::shared_ptr<StateStore> state = env.state;
    if (!state && QFileInfo::exists(statePath)) {
        auto opened = StateStore::open(statePath);
        note(o, u"Local state"_s, opened);
        if (opened)
            state = *opened;
    }
    if (state) {
        if (auto runs = state->runs(options.recentRuns); runs)
            o.recentRuns = *runs;
        else
            note(o, u"Local state"_s, runs);
        const QDate today = QDate::currentDate();
        const QDateTime since = QDateTime(today.addDays(-(options.days - 1)), QTime(0, 0)).addDays(-1);
        if (auto runs = state->runsSince(since); runs)
            o.days = dailyActivity(*runs, today, options.days);
        const auto count = [&](EntityKind kind, JournalState s) {
            auto c = state->count(kind, s);
            return c ? *c : -1;
        };
        o.ordersSent = count(EntityKind::Order, JournalState::Sent);
        o.ordersFailed = count(EntityKind::Order, JournalState::Failed);
        o.customersSent = count(EntityKind::Customer, JournalState::Sent);
        o.customersFailed = count(EntityKind::Customer, JournalState::Failed);
        if (auto p = state->pending(QString::fromLatin1(StateStore::pendingStatusPush)); p)
            o.pendingStatusPushes = p->size();
        if (auto p = state->pending(QString::fromLatin1(StateStore::pendingHistoryApply)); p)
            o.pendingHistoryApplies = p->size();
        if (!env.state)
            state->closeConnection();
    } else {
        o.days = dailyActivity({}, QDate::currentDate(), options.days);
        o.ordersSent = o.ordersFailed = o.customersSent = o.customersFailed = 0;
        o.pendingStatusPushes = o.pendingHistoryApplies = 0;
    }

    // The shop.
    std::shared_ptr<ShopDatabase> shop = env.shop;
    if (!shop) {
        auto opened = ShopDatabase::open(env.profile.shop, env.dbPassword);
        note(o, u"Shop database"_s, opened);
        if (opened)
            shop = *opened;
    }
    if (shop) {
        ShopOrderReader orders(*shop, {}, ShopOrderReader::None);
        if (auto n = orders.count(); n)
            o.shopOrders = *n;
        else
            note(o, u"Shop orders"_s, n);
        ShopCustomerReader customers(*shop);
        if (auto n = customers.count(); n)
            o.shopCustomers = *n;
        else
            note(o, u"Shop customers"_s, n);
        if (!env.shop)
            shop->closeConnection();
    }

    // The CRM.
    if (options.crm) {
        auto config = CrmConfig::fromProfile(env.profile, env.apiKey);
        note(o, u"CRM"_s, config);
        if (config) {
            config->maxRetries = qMin(config->maxRetries, 1);
            if (env.tuneCrm)
                env.tuneCrm(*config);
            CrmClient client(*config);
            auto orders = CrmDecode::page(client.waitFor(client.ordersList({}, 20, 1)), u"orders"_s);
            if (orders)
                o.crmOrders = orders->pagination.totalCount;
            else
                note(o, u"CRM orders"_s, orders);
            auto customers = CrmDecode::page(client.waitFor(client.customersList({}, 20, 1)), u"customers"_s);
            if (customers)
                o.crmCustomers = customers->pagination.totalCount;
            else
                note(o, u"CRM customers"_s, customers);
        }
    }
    return o;
}

} // namespace rd
