#include "IcmlWriter.h"

#include "CatalogOfferBuilder.h"
#include "CatalogProductPrefetcher.h"
#include "CatalogProductReader.h"
#include "CatalogShopContext.h"
#include "XmlEmitter.h"
#include "shop/ShopCategoryReader.h"
#include "shop/ShopDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

Error cancelledError()
{
    return Error(ErrorCode::Cancelled,
                 u"The catalog export was cancelled; the previous file (if any) was left as it was."_s);
}

void writeParam(XmlEmitter &x, const QString &code, const QString &name, const QString &value)
{
    x.startElement("param"_L1);
    x.attribute("name"_L1, name);
    x.attribute("code"_L1, code);
    x.characters(value);
    x.endElement();
}

void writeOffer(XmlEmitter &x, const CatalogOffer &o)
{
    x.startElement("offer"_L1);
    x.attribute("id"_L1, o.id);
    x.attribute("productId"_L1, o.productId);
    if (o.quantity)
        x.attribute("quantity"_L1, *o.quantity);
    if (!o.url.isEmpty())
        x.textElement("url"_L1, o.url);
    x.textElement("price"_L1, o.price.toString());
    for (int c : o.categoryIds)
        x.textElement("categoryId"_L1, QString::number(c));
    if (!o.picture.isEmpty())
        x.textElement("picture"_L1, o.picture);
    x.textElement("name"_L1, o.name);
    x.textElement("productName"_L1, o.productName);
    if (!o.article.isEmpty())
        writeParam(x, u"article"_s, u"Артикул"_s, o.article);
    if (!o.vendor.isEmpty())
        x.textElement("vendor"_L1, o.vendor);
    if (o.weightKg)
        x.textElement("weight"_L1, o.weightKg->toShortString());
    for (const CatalogParam &p : o.params)
        writeParam(x, p.code, p.name, p.value);
    x.startElement("unit"_L1);
    x.attribute("code"_L1, u"pcs");
    x.attribute("name"_L1, u"Штука");
    x.attribute("sym"_L1, u"шт.");
    x.endElement(); // unit
    x.endElement(); // offer
    x.flush();
}

} // namespace

IcmlWriter::IcmlWriter(ShopDatabase &db, CatalogOptions options)
    : m_db(db)
    , m_options(std::move(options))
{ }

Result<IcmlSummary> IcmlWriter::write(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error(ErrorCode::Usage, u"No file name was given for the ICML catalog."_s,
                     u"Give the path of the file the CRM will download, e.g. --output /var/www/shop/retailcrm.xml."_s);
    const QString target = QFileInfo(path).absoluteFilePath();
    const QFileInfo dir(QFileInfo(target).absolutePath());
    if (!dir.isDir())
        return Error(ErrorCode::Io,
                     u"Cannot write the ICML catalog to %1: the directory %2 does not exist."_s.arg(
                         QDir::toNativeSeparators(target), QDir::toNativeSeparators(dir.filePath())),
                     u"Create the directory first, or choose another file."_s);
    QSaveFile file(target);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            ErrorCode::Io,
            u"Cannot write the ICML catalog to %1: %2."_s.arg(QDir::toNativeSeparators(target), file.errorString()),
            u"Check that the directory is writable by this user (a temporary file is written beside the "
            u"target and renamed over it)."_s);
    Result<IcmlSummary> summary = run(&file, QDir::toNativeSeparators(target));
    if (!summary) {
        file.cancelWriting();
        return summary.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io,
                     u"Cannot finish the ICML catalog %1: %2. The previous file was left as it was."_s.arg(
                         QDir::toNativeSeparators(target), file.errorString()),
                     u"Check the free disk space and the directory's permissions."_s);
    summary->path = target;
    summary->bytes = QFileInfo(target).size();
    return summary;
}

Result<IcmlSummary> IcmlWriter::write(QIODevice *device)
{
    if (!device || !device->isWritable())
        return Error(ErrorCode::Internal, u"The ICML catalog was given no writable device."_s);
    const qint64 start = device->pos();
    Result<IcmlSummary> summary = run(device, u"the output"_s);
    if (summary)
        summary->bytes = device->isSequential() ? summary->bytes : device->pos() - start;
    return summary;
}

Result<IcmlSummary> IcmlWriter::run(QIODevice *device, const QString &where)
{
    QElapsedTimer clock;
    clock.start();
    IcmlSummary summary;
    const auto writeFailed = [&where, device] {
        return Error(ErrorCode::Io, u"Writing the ICML catalog to %1 failed: %2."_s.arg(where, device->errorString()),
                     u"Check the free disk space and the file's permissions."_s);
    };

    Result<CatalogShopContext> context = CatalogShopContext::load(m_db, m_options, m_cancel);
    if (!context)
        return context.error();
    const CatalogShopContext &ctx = *context;
    summary.modifications = ctx.modifications;
    summary.quantities = ctx.info.remains || ctx.modifications;
    summary.warnings = ctx.warnings;
    if (!ctx.info.remains)
        summary.warnings << u"the shop has no ms2_products.remains column (miniShop2 before 4.4.1): offers carry no "
                            u"quantity"_s;
    if (m_options.siteUrl.isEmpty())
        summary.warnings << u"shop/site_url is not set: offers carry no <url> and no <picture>"_s;

    const qint64 total = ctx.productCount;
    if (m_progress)
        m_progress(0, total);

    XmlEmitter x(device);
    x.writeDeclaration();
    x.startElement("yml_catalog"_L1);
    const QDateTime date = m_options.generatedAt.isValid() ? m_options.generatedAt : QDateTime::currentDateTime();
    x.attribute("date"_L1, date.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    x.startElement("shop"_L1);
    QString name = m_options.shopName.trimmed().isEmpty() ? ctx.siteName : m_options.shopName;
    if (name.trimmed().isEmpty())
        name = m_options.siteCode;
    x.textElement("name"_L1, name);
    x.textElement("company"_L1, m_options.company.trimmed().isEmpty() ? name : m_options.company);

    // Categories: a second walk (the first, in CatalogShopContext, collected the published ids).
    x.startElement("categories"_L1);
    {
        ShopReadFilter filter;
        filter.pageSize = 5000;
        ShopCategoryReader categories(m_db, filter);
        while (!categories.atEnd()) {
            if (cancelled())
                return cancelledError();
            Result<QList<ShopCategory>> page = categories.nextPage();
            if (!page)
                return page.error();
            for (const ShopCategory &c : *page) {
                x.startElement("category"_L1);
                x.attribute("id"_L1, c.id);
                if (c.parent > 0 && c.parent != c.id && ctx.categories.contains(c.parent))
                    x.attribute("parentId"_L1, c.parent);
                const QString title = c.pagetitle.trimmed().isEmpty()
                    ? (c.longtitle.trimmed().isEmpty() ? u"Категория "_s + QString::number(c.id) : c.longtitle)
                    : c.pagetitle;
                x.characters(title);
                x.endElement();
                ++summary.categories;
            }
        }
    }
    x.endElement(); // categories
    x.flush(true);
    if (x.hasError())
        return writeFailed();

    x.startElement("offers"_L1);
    // Each page's offers are made where the page was read (CatalogProductPrefetcher's workers, or
    // here without them) as a UTF-8 fragment at the depth of <offer>, then spliced in, in id order.
    const CatalogOfferBuilder builder(m_options, ctx);
    constexpr int offerDepth = 3; // yml_catalog > shop > offers > offer
    const auto process = [&builder, modifications = ctx.modifications](CatalogProductPage &page) {
        XmlEmitter fragment(&page.output, offerDepth);
        QList<CatalogOffer> offers;
        IcmlSummary &counts = page.counts;
        for (const ShopProduct &p : std::as_const(page.products)) {
            ++counts.products;
            if (modifications)
                counts.modificationsRead += p.modifications.size();
            offers.clear();
            builder.build(p, offers, counts.skipped);
            for (const CatalogOffer &o : std::as_const(offers)) {
                writeOffer(fragment, o);
                ++counts.offers;
                if (o.modificationId)
                    ++counts.modificationOffers;
            }
        }
        fragment.flush(true);
        counts.droppedCharacters = fragment.droppedCharacters();
        page.products.clear(); // freed on the thread that allocated them
    };
    std::unique_ptr<CatalogProductPrefetcher> prefetcher;
    std::unique_ptr<CatalogProductReader> reader;
    if (m_options.readerThreads > 0)
        prefetcher = std::make_unique<CatalogProductPrefetcher>(m_db, ctx.info, 0, m_options.pageSize,
                                                                ctx.modifications, m_options.readerThreads, 4, process);
    else
        reader = std::make_unique<CatalogProductReader>(m_db, ctx.info, 0, m_options.pageSize, ctx.modifications);
    const auto atEnd = [&] { return prefetcher ? prefetcher->atEnd() : reader->atEnd(); };
    const auto nextPage = [&]() -> Result<CatalogProductPage> {
        if (prefetcher)
            return prefetcher->nextPage();
        Result<QList<ShopProduct>> products = reader->nextPage();
        if (!products)
            return products.error();
        CatalogProductPage page;
        page.products = std::move(*products);
        process(page);
        return page;
    };
    qint64 dropped = 0;
    while (!atEnd()) {
        if (cancelled())
            return cancelledError();
        Result<CatalogProductPage> page = nextPage();
        if (!page)
            return page.error();
        x.fragment(page->output);
        const IcmlSummary &counts = page->counts;
        summary.products += counts.products;
        summary.modificationsRead += counts.modificationsRead;
        summary.offers += counts.offers;
        summary.modificationOffers += counts.modificationOffers;
        summary.skipped.merge(counts.skipped);
        dropped += counts.droppedCharacters;
        if (x.hasError())
            return writeFailed();
        if (m_progress)
            m_progress(summary.products, qMax(total, summary.products));
    }
    x.endElement(); // offers
    x.endElement(); // shop
    x.endElement(); // yml_catalog
    x.endDocument();
    if (x.hasError())
        return writeFailed();
    if (cancelled())
        return cancelledError();
    summary.droppedCharacters = x.droppedCharacters() + dropped;
    summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rd
