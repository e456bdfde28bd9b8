#include "IcmlWriter.h"

#include "CatalogOfferBuilder.h"
#include "CatalogShopContext.h"
#include "XmlText.h"
#include "shop/ShopCategoryReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopProductReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

Error cancelledError()
{
    return Error(ErrorCode::Cancelled,
                 u"The catalog export was cancelled; the previous file (if any) was left as it was."_s);
}

// The element/attribute writers, all text through XmlText::clean.
class IcmlXml final
{
public:
    explicit IcmlXml(QIODevice *device)
        : m_xml(device)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter &xml() { return m_xml; }
    qint64 dropped() const { return m_dropped; }
    bool hasError() const { return m_xml.hasError(); }

    QString clean(const QString &s) { return XmlText::clean(s, &m_dropped); }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, clean(value)); }
    void attribute(const QString &name, const QString &value) { m_xml.writeAttribute(name, clean(value)); }

    void offer(const CatalogOffer &o)
    {
        m_xml.writeStartElement(u"offer"_s);
        attribute(u"id"_s, o.id);
        m_xml.writeAttribute(u"productId"_s, QString::number(o.productId));
        if (o.quantity)
            m_xml.writeAttribute(u"quantity"_s, QString::number(*o.quantity));
        if (!o.url.isEmpty())
            text(u"url"_s, o.url);
        m_xml.writeTextElement(u"price"_s, o.price.toString());
        for (int c : o.categoryIds)
            m_xml.writeTextElement(u"categoryId"_s, QString::number(c));
        if (!o.picture.isEmpty())
            text(u"picture"_s, o.picture);
        text(u"name"_s, o.name);
        text(u"productName"_s, o.productName);
        if (!o.article.isEmpty())
            param(u"article"_s, u"Артикул"_s, o.article);
        if (!o.vendor.isEmpty())
            text(u"vendor"_s, o.vendor);
        if (o.weightKg)
            m_xml.writeTextElement(u"weight"_s, o.weightKg->toShortString());
        for (const CatalogParam &p : o.params)
            param(p.code, p.name, p.value);
        m_xml.writeStartElement(u"unit"_s);
        m_xml.writeAttribute(u"code"_s, u"pcs"_s);
        m_xml.writeAttribute(u"name"_s, u"Штука"_s);
        m_xml.writeAttribute(u"sym"_s, u"шт."_s);
        m_xml.writeEndElement(); // unit
        m_xml.writeEndElement(); // offer
    }

private:
    void param(const QString &code, const QString &name, const QString &value)
    {
        m_xml.writeStartElement(u"param"_s);
        attribute(u"name"_s, name);
        attribute(u"code"_s, code);
        m_xml.writeCharacters(clean(value));
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    qint64 m_dropped = 0;
};

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

    IcmlXml out(device);
    QXmlStreamWriter &xml = out.xml();
    xml.writeStartDocument();
    xml.writeStartElement(u"yml_catalog"_s);
    const QDateTime date = m_options.generatedAt.isValid() ? m_options.generatedAt : QDateTime::currentDateTime();
    xml.writeAttribute(u"date"_s, date.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    xml.writeStartElement(u"shop"_s);
    QString name = m_options.shopName.trimmed().isEmpty() ? ctx.siteName : m_options.shopName;
    if (name.trimmed().isEmpty())
        name = m_options.siteCode;
    out.text(u"name"_s, name);
    out.text(u"company"_s, m_options.company.trimmed().isEmpty() ? name : m_options.company);

    // Categories: a second walk (the first, in CatalogShopContext, collected the published ids).
    xml.writeStartElement(u"categories"_s);
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
                xml.writeStartElement(u"category"_s);
                xml.writeAttribute(u"id"_s, QString::number(c.id));
                if (c.parent > 0 && c.parent != c.id && ctx.categories.contains(c.parent))
                    xml.writeAttribute(u"parentId"_s, QString::number(c.parent));
                const QString title = c.pagetitle.trimmed().isEmpty()
                    ? (c.longtitle.trimmed().isEmpty() ? u"Категория "_s + QString::number(c.id) : c.longtitle)
                    : c.pagetitle;
                xml.writeCharacters(out.clean(title));
                xml.writeEndElement();
                ++summary.categories;
            }
        }
    }
    xml.writeEndElement(); // categories
    if (out.hasError())
        return writeFailed();

    xml.writeStartElement(u"offers"_s);
    const CatalogOfferBuilder builder(m_options, ctx);
    ShopReadFilter filter;
    filter.pageSize = m_options.pageSize;
    ShopProductReader products(m_db, filter, ctx.modifications);
    QList<CatalogOffer> offers;
    while (!products.atEnd()) {
        if (cancelled())
            return cancelledError();
        Result<QList<ShopProduct>> page = products.nextPage();
        if (!page)
            return page.error();
        for (const ShopProduct &p : *page) {
            ++summary.products;
            if (ctx.modifications)
                summary.modificationsRead += p.modifications.size();
            offers.clear();
            builder.build(p, offers, summary.skipped);
            for (const CatalogOffer &o : offers) {
                out.offer(o);
                ++summary.offers;
                if (o.modificationId)
                    ++summary.modificationOffers;
            }
        }
        if (out.hasError())
            return writeFailed();
        if (m_progress)
            m_progress(summary.products, qMax(total, summary.products));
    }
    xml.writeEndElement(); // offers
    xml.writeEndElement(); // shop
    xml.writeEndElement(); // yml_catalog
    xml.writeEndDocument();
    if (out.hasError())
        return writeFailed();
    if (cancelled())
        return cancelledError();
    summary.droppedCharacters = out.dropped();
    summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rd
