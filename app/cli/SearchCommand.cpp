// retaildesk-cli search orders|customers|products — CRM look-ups as a table or one JSON document.
#include "CliContext.h"
#include "crm/CrmClient.h"
#include "search/CrmWebUrl.h"
#include "search/SearchDecode.h"
#include "search/SearchService.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

const char *const searchUsage
    = "usage: retaildesk-cli search orders    [--number N] [--email E] [--phone P] [--customer TEXT] [--status CODE]"
      " [--limit N] [--page N]\n"
      "       retaildesk-cli search customers [--name TEXT] [--email E] [--phone P] [--limit N] [--page N]\n"
      "       retaildesk-cli search products  [--name TEXT] [--article A] [--limit N] [--page N]\n";

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

QString quantity(double v)
{
    return QString::number(v, 'g', 12);
}

// Columns as wide as their widest cell (each capped), separated by two spaces.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                const QList<int> &maxWidths)
{
    QList<int> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        int w = static_cast<int>(headers.at(c).size());
        for (const QStringList &row : rows)
            w = qMax(w, static_cast<int>(row.value(c).size()));
        widths.append(qMin(w, maxWidths.value(c, 40)));
    }
    const auto line = [&out, &widths](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            QString cell = cells.value(c);
            if (cell.size() > widths.at(c))
                cell = cell.left(widths.at(c) - 1) + u'…';
            text += c + 1 < widths.size() ? cell.leftJustified(widths.at(c)) + u"  "_s : cell;
        }
        out << text << '\n';
    };
    line(headers);
    QStringList rule;
    for (int w : std::as_const(widths))
        rule.append(QString(w, u'-'));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
}

void printFooter(QTextStream &out, const CrmPagination &p, int shown)
{
    if (p.totalCount == 0 && shown == 0) {
        out << "Nothing found.\n";
        return;
    }
    out << "\nPage " << p.currentPage << " of " << qMax(1, p.totalPageCount) << ", " << shown << " shown, "
        << p.totalCount << " found";
    if (p.hasNext())
        out << " (next: --page " << (p.currentPage + 1) << ')';
    out << ".\n";
}

QJsonObject document(const QJsonArray &items, const CrmPagination &pagination)
{
    return QJsonObject { { u"items"_s, items }, { u"pagination"_s, SearchDecode::toJson(pagination) } };
}

Result<int> intOption(QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok)
        return Error(
            ErrorCode::Usage,
            u"--%1 must be a whole number (got '%2')."_s.arg(option.names().constFirst(), parser.value(option)));
    return v;
}

} // namespace

int runSearch(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Look up orders, customers or products in the CRM. Prints a table, or with --json one document "
        u"{\"items\": [...], \"pagination\": {limit, totalCount, currentPage, totalPageCount}}.\n\n"
        u"  search orders    [--number N] [--email E] [--phone P] [--customer TEXT] [--status CODE]\n"
        u"  search customers [--name TEXT] [--email E] [--phone P]\n"
        u"  search products  [--name TEXT] [--article A]\n\n"
        u"At least one criterion is needed; several narrow the search. --phone and --customer (orders), "
        u"--name and --phone (customers) use the same CRM filter and cannot be combined."_s);
    const QCommandLineOption number(u"number"_s, u"Order number (exact)."_s, u"N"_s);
    const QCommandLineOption email(u"email"_s, u"E-mail (or a part of it)."_s, u"E"_s);
    const QCommandLineOption phone(u"phone"_s, u"Phone number (or at least 3 of its digits)."_s, u"P"_s);
    const QCommandLineOption customer(u"customer"_s, u"Orders: the customer's name, phone or e-mail (free text)."_s,
                                      u"TEXT"_s);
    const QCommandLineOption status(u"status"_s, u"Orders: a CRM status code."_s, u"CODE"_s);
    const QCommandLineOption name(u"name"_s, u"Customers: name or phone; products: name."_s, u"TEXT"_s);
    const QCommandLineOption article(u"article"_s, u"Products: the article of a product or an offer (exact)."_s,
                                     u"A"_s);
    const QCommandLineOption limit(u"limit"_s, u"Results per page: 20 (default), 50 or 100."_s, u"N"_s);
    const QCommandLineOption page(u"page"_s, u"Page number, from 1 (default 1)."_s, u"N"_s);
    parser.addOptions({ number, email, phone, customer, status, name, article, limit, page });
    parser.addPositionalArgument(u"kind"_s, u"orders, customers or products"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    const QString kind = pos.value(0);
    if (pos.size() != 1 || (kind != u"orders"_s && kind != u"customers"_s && kind != u"products"_s)) {
        ctx.err() << searchUsage;
        return ExitUsage;
    }

    // Options that do not belong to the kind are a usage error, not silently ignored.
    QList<const QCommandLineOption *> allowed { &limit, &page };
    if (kind == u"orders"_s)
        allowed << &number << &email << &phone << &customer << &status;
    else if (kind == u"customers"_s)
        allowed << &name << &email << &phone;
    else
        allowed << &name << &article;
    for (const QCommandLineOption *o : { &number, &email, &phone, &customer, &status, &name, &article }) {
        if (parser.isSet(*o) && !allowed.contains(o)) {
            ctx.err() << "error: --" << o->names().constFirst() << " does not apply to search " << kind << ".\n"
                      << searchUsage;
            return ExitUsage;
        }
    }
    const Result<int> limitValue = intOption(parser, limit, 20);
    if (!limitValue)
        return ctx.fail(limitValue.error());
    const Result<int> pageValue = intOption(parser, page, 1);
    if (!pageValue)
        return ctx.fail(pageValue.error());
    if (Status s = SearchService::checkPaging(*pageValue, *limitValue); !s)
        return ctx.fail(s.error());

    OrderSearchQuery orderQuery { parser.value(number), parser.value(email), parser.value(phone),
                                  parser.value(customer), parser.value(status) };
    CustomerSearchQuery customerQuery { parser.value(name), parser.value(email), parser.value(phone) };
    ProductSearchQuery productQuery { parser.value(name), parser.value(article) };
    const bool empty = kind == u"orders"_s ? orderQuery.isEmpty()
        : kind == u"customers"_s           ? customerQuery.isEmpty()
                                           : productQuery.isEmpty();
    if (empty) {
        ctx.err() << "error: give at least one search criterion.\n" << searchUsage;
        return ExitUsage;
    }
    // Check the criteria before connecting (phone + customer, too few digits...).
    if (kind == u"orders"_s) {
        if (auto f = SearchService::ordersFilter(orderQuery); !f)
            return ctx.fail(f.error());
    } else if (kind == u"customers"_s) {
        if (auto f = SearchService::customersFilter(customerQuery); !f)
            return ctx.fail(f.error());
    }

    auto client = makeCrmClient(ctx);
    if (!client)
        return ctx.fail(client.error());
    SearchService search(**client);
    const QUrl base = (*client)->config().baseUrl;
    QTextStream &out = ctx.out();

    if (kind == u"orders"_s) {
        const auto found = search.orders(orderQuery, *pageValue, *limitValue);
        if (!found)
            return ctx.fail(found.error());
        if (ctx.json) {
            QJsonArray items;
            for (const CrmOrderSummary &o : found->items) {
                QJsonObject j = SearchDecode::toJson(o);
                j.insert(u"url"_s, crmWebUrl(base, CrmWebKind::Order, o.id).toString());
                items.append(j);
            }
            ctx.printJson(document(items, found->pagination));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const CrmOrderSummary &o : found->items)
            rows.append({ QString::number(o.id), o.number, o.createdAt, o.status, o.customerName, o.phone, o.email,
                          money(o.totalSumm) });
        printTable(
            out,
            { u"ID"_s, u"Number"_s, u"Created"_s, u"Status"_s, u"Customer"_s, u"Phone"_s, u"E-mail"_s, u"Total"_s },
            rows, { 10, 16, 19, 16, 32, 18, 30, 14 });
        printFooter(out, found->pagination, static_cast<int>(found->items.size()));
    } else if (kind == u"customers"_s) {
        const auto found = search.customers(customerQuery, *pageValue, *limitValue);
        if (!found)
            return ctx.fail(found.error());
        if (ctx.json) {
            QJsonArray items;
            for (const CrmCustomerSummary &c : found->items) {
                QJsonObject j = SearchDecode::toJson(c);
                j.insert(u"url"_s, crmWebUrl(base, CrmWebKind::Customer, c.id).toString());
                items.append(j);
            }
            ctx.printJson(document(items, found->pagination));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const CrmCustomerSummary &c : found->items)
            rows.append({ QString::number(c.id), c.externalId, c.fullName(), c.email, c.phones.join(u", "_s),
                          QString::number(c.ordersCount), c.createdAt });
        printTable(out, { u"ID"_s, u"External"_s, u"Name"_s, u"E-mail"_s, u"Phones"_s, u"Orders"_s, u"Created"_s },
                   rows, { 10, 12, 36, 30, 30, 6, 19 });
        printFooter(out, found->pagination, static_cast<int>(found->items.size()));
    } else {
        const auto found = search.products(productQuery, *pageValue, *limitValue);
        if (!found)
            return ctx.fail(found.error());
        if (ctx.json) {
            QJsonArray items;
            for (const CrmProductSummary &p : found->items)
                items.append(SearchDecode::toJson(p));
            ctx.printJson(document(items, found->pagination));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const CrmProductSummary &p : found->items) {
            const QString price
                = p.minPrice == p.maxPrice ? money(p.minPrice) : money(p.minPrice) + u"–"_s + money(p.maxPrice);
            QStringList offerIds;
            for (const CrmOfferSummary &o : p.offers)
                offerIds.append(o.externalId.isEmpty() ? u"#"_s + QString::number(o.id) : o.externalId);
            rows.append({ QString::number(p.id), p.externalId, p.article, p.name, quantity(p.quantity), price,
                          p.active ? u"yes"_s : u"no"_s, offerIds.join(u", "_s) });
        }
        printTable(out,
                   { u"ID"_s, u"External"_s, u"Article"_s, u"Name"_s, u"Qty"_s, u"Price"_s, u"Active"_s,
                     u"Offers (externalId)"_s },
                   rows, { 10, 12, 16, 40, 8, 22, 6, 40 });
        printFooter(out, found->pagination, static_cast<int>(found->items.size()));
    }
    out.flush();
    return ExitOk;
}

static const CommandRegistration registration { "search", "look up orders, customers or products in the CRM",
                                                &runSearch, 70 };

} // namespace rd::cli
