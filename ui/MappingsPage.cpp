#include "MappingsPage.h"

#include "AsyncTask.h"
#include "config/SecretStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "setup/CodeSuggester.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopReferenceReader.h"
#include "shop/ShopWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

struct Loaded
{
    Result<CrmReferenceLists> crm = Error(ErrorCode::Internal, QString());
    Result<ShopReferences> shop = Error(ErrorCode::Internal, QString());
};

struct CodeChange
{
    ShopWriter::CodeKind kind;
    int shopId;
    QString code;
};

ShopWriter::CodeKind writerKind(MappingState::Kind kind)
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        return ShopWriter::CodeKind::Delivery;
    case MappingState::Kind::Payment:
        return ShopWriter::CodeKind::Payment;
    case MappingState::Kind::Status:
        break;
    }
    return ShopWriter::CodeKind::Status;
}

CodeSuggester::Kind suggesterKind(MappingState::Kind kind)
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        return CodeSuggester::Kind::Delivery;
    case MappingState::Kind::Payment:
        return CodeSuggester::Kind::Payment;
    case MappingState::Kind::Status:
        break;
    }
    return CodeSuggester::Kind::Status;
}

constexpr MappingState::Kind kAllKinds[]
    = { MappingState::Kind::Delivery, MappingState::Kind::Payment, MappingState::Kind::Status };

constexpr int StoredCodeRole = Qt::UserRole + 1; // on the id item: the stored code (or invalid for none)

} // namespace

MappingsPage::MappingsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                           QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
{
    auto *title = new QLabel(tr("<h2>Code mappings</h2>"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(this);
    auto makeTable = [this](bool sync) {
        auto *t = new QTableWidget(0, 5, this);
        t->setHorizontalHeaderLabels({ tr("Id"), tr("In the shop"), tr("RetailCRM code"), tr("Sync"), tr("Notes") });
        t->verticalHeader()->hide();
        t->setSelectionMode(QAbstractItemView::NoSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setWordWrap(true);
        t->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(SyncColumn, QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setColumnHidden(SyncColumn, !sync);
        return t;
    };
    m_deliveries = makeTable(false);
    m_payments = makeTable(false);
    m_statuses = makeTable(true);
    m_tabs->addTab(m_deliveries, tr("Deliveries"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_tabs->addTab(m_statuses, tr("Order statuses"));

    m_refresh = new QPushButton(tr("Reload"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the shop's lists and the CRM's reference lists again (F5)"));
    m_suggest = new QPushButton(tr("Auto-suggest"), this);
    m_suggest->setToolTip(tr("Choose a CRM code by name for every row that has none"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the codes to the shop database and the sync choices to the profile (Ctrl+S)"));
    connect(m_refresh, &QPushButton::clicked, this, &MappingsPage::refresh);
    connect(m_suggest, &QPushButton::clicked, this, &MappingsPage::autoSuggest);
    connect(m_save, &QPushButton::clicked, this, &MappingsPage::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_suggest);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    m_suggest->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Press Reload (F5) to read the shop's deliveries, payments and statuses and the CRM's "
                         "reference lists."));
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Add a column to the shop database?"), question,
                        QMessageBox::NoButton, this);
        QPushButton *add = box.addButton(tr("Add the column"), QMessageBox::AcceptRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        return box.clickedButton() == add;
    };
}

MappingsPage::~MappingsPage() = default;

void MappingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!isLoaded())
            refresh();
    }
}

QTableWidget *MappingsPage::table(MappingState::Kind kind) const
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        return m_deliveries;
    case MappingState::Kind::Payment:
        return m_payments;
    case MappingState::Kind::Status:
        break;
    }
    return m_statuses;
}

void MappingsPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    setProperty("busy", busy); // --screenshot waits while a page is busy
    m_refresh->setEnabled(!busy);
    m_suggest->setEnabled(!busy && isLoaded());
    m_save->setEnabled(!busy && isLoaded());
    if (!text.isEmpty())
        m_status->setText(text);
}

void MappingsPage::refresh()
{
    if (m_busy)
        return;
    setBusy(true, tr("Reading the shop's lists and the CRM's reference lists…"));
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory]() {
            Loaded loaded;
            std::unique_ptr<SecretStore> secrets = factory();
            auto key = secrets->read(SecretKind::CrmApiKey);
            if (!key) {
                loaded.crm = key.error();
            } else if (auto config = CrmConfig::fromProfile(profile, *key); !config) {
                loaded.crm = config.error();
            } else {
                CrmClient client(*config);
                loaded.crm = fetchCrmReferences(client);
            }
            QString password;
            if (profile.shop.driver == ShopSettings::Driver::MySql) {
                auto read = secrets->read(SecretKind::ShopDbPassword);
                if (read)
                    password = *read;
            }
            ShopDatabase db(profile.shop, password);
            loaded.shop = ShopReferenceReader::read(db);
            db.closeConnection();
            return loaded;
        },
        [this](Loaded result) {
            QStringList problems;
            if (result.crm)
                m_crm = *result.crm;
            else
                problems << tr("CRM: %1").arg(result.crm.error().toString());
            if (result.shop)
                m_shop = *result.shop;
            else
                problems << tr("Shop database: %1").arg(result.shop.error().toString());
            setBusy(false, {});
            if (!problems.isEmpty()) {
                m_status->setText(tr("The mappings cannot be shown: %1\nFix the profile on the Settings page, "
                                     "then press Reload (F5).")
                                      .arg(problems.join(u'\n')));
                Q_EMIT loaded(false);
                return;
            }
            fill();
            Q_EMIT loaded(true);
        });
}

QList<CrmCodeChoice> MappingsPage::choices(MappingState::Kind kind) const
{
    QList<CrmCodeChoice> list;
    if (!m_crm)
        return list;
    switch (kind) {
    case MappingState::Kind::Delivery:
        for (const CrmDeliveryType &t : m_crm->deliveryTypes)
            list.append({ t.code, t.name });
        break;
    case MappingState::Kind::Payment:
        for (const CrmPaymentType &t : m_crm->paymentTypes)
            list.append({ t.code, t.name });
        break;
    case MappingState::Kind::Status:
        for (const CrmStatus &t : m_crm->statuses)
            list.append({ t.code, t.name });
        break;
    }
    return list;
}

void MappingsPage::fill()
{
    for (MappingState::Kind kind : kAllKinds)
        fillTable(kind);
    updateNotes();
    const int rows = m_deliveries->rowCount() + m_payments->rowCount() + m_statuses->rowCount();
    if (rows == 0)
        m_status->setText(tr("The shop has no deliveries, payments or statuses yet. Create them in the MODX manager "
                             "(miniShop2 → Settings), then press Reload (F5)."));
    else
        m_status->setText(tr("Choose the RetailCRM code for each row, or press Auto-suggest; then Save."));
}

void MappingsPage::fillTable(MappingState::Kind kind)
{
    QTableWidget *t = table(kind);
    t->setRowCount(0);
    struct Row
    {
        int id;
        QString name;
        bool active;
        std::optional<QString> code;
    };
    QList<Row> rows;
    switch (kind) {
    case MappingState::Kind::Delivery:
        for (const ShopDelivery &d : m_shop->deliveries)
            rows.append({ d.id, d.name, d.active, d.crmCode });
        break;
    case MappingState::Kind::Payment:
        for (const ShopPayment &p : m_shop->payments)
            rows.append({ p.id, p.name, p.active, p.crmCode });
        break;
    case MappingState::Kind::Status:
        for (const ShopStatus &s : m_shop->statuses)
            rows.append({ s.id, s.name, s.active, s.crmCode });
        break;
    }
    const QList<CrmCodeChoice> list = choices(kind);
    for (const Row &r : rows) {
        const int row = t->rowCount();
        t->insertRow(row);
        auto *id = new QTableWidgetItem(QString::number(r.id));
        id->setData(Qt::UserRole, r.id);
        id->setData(StoredCodeRole, r.code ? QVariant(*r.code) : QVariant());
        t->setItem(row, IdColumn, id);
        auto *name = new QTableWidgetItem(r.active ? r.name : tr("%1 (inactive)").arg(r.name));
        t->setItem(row, NameColumn, name);
        auto *combo = new QComboBox(t);
        combo->addItem(tr("— not mapped —"), QString());
        for (const CrmCodeChoice &c : list)
            combo->addItem(u"%1 (%2)"_s.arg(c.name, c.code), c.code);
        const QString stored = r.code.value_or(QString());
        if (!stored.isEmpty() && combo->findData(stored) < 0)
            combo->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("%1 — not in the CRM").arg(stored),
                           stored);
        combo->setCurrentIndex(std::max(0, combo->findData(stored)));
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingsPage::updateNotes);
        t->setCellWidget(row, CodeColumn, combo);
        if (kind == MappingState::Kind::Status) {
            auto *sync = new QCheckBox(t);
            sync->setChecked(m_profile.sync.statuses.contains(r.id));
            sync->setToolTip(tr("Sync changes of this status both ways"));
            connect(sync, &QCheckBox::toggled, this, &MappingsPage::updateNotes);
            t->setCellWidget(row, SyncColumn, sync);
        }
        t->setItem(row, NoteColumn, new QTableWidgetItem);
    }
    t->resizeRowsToContents();
}

QString MappingsPage::chosenCode(MappingState::Kind kind, int shopId) const
{
    QTableWidget *t = table(kind);
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, IdColumn)->data(Qt::UserRole).toInt() == shopId)
            return qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn))->currentData().toString();
    return {};
}

bool MappingsPage::chooseCode(MappingState::Kind kind, int shopId, const QString &code)
{
    QTableWidget *t = table(kind);
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, IdColumn)->data(Qt::UserRole).toInt() != shopId)
            continue;
        auto *combo = qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn));
        const int i = combo->findData(code);
        if (i < 0)
            return false;
        combo->setCurrentIndex(i);
        return true;
    }
    return false;
}

int MappingsPage::pendingChanges() const
{
    int n = 0;
    for (MappingState::Kind kind : kAllKinds) {
        QTableWidget *t = table(kind);
        for (int row = 0; row < t->rowCount(); ++row) {
            const QString stored = t->item(row, IdColumn)->data(StoredCodeRole).toString();
            const QString chosen = qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn))->currentData().toString();
            if (stored != chosen)
                ++n;
        }
    }
    return n;
}

void MappingsPage::updateNotes()
{
    if (!m_crm || !m_shop)
        return;
    for (MappingState::Kind kind : kAllKinds) {
        QTableWidget *t = table(kind);
        const QList<CrmCodeChoice> list = choices(kind);
        for (int row = 0; row < t->rowCount(); ++row) {
            const int id = t->item(row, IdColumn)->data(Qt::UserRole).toInt();
            const QString code = qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn))->currentData().toString();
            QStringList notes;
            bool warn = false;
            if (code.isEmpty()) {
                notes << (kind == MappingState::Kind::Status
                              ? tr("Not mapped: orders in this status keep the CRM's default status.")
                              : tr("Not mapped: orders are sent without it."));
            } else if (std::none_of(list.cbegin(), list.cend(),
                                    [&](const CrmCodeChoice &c) { return c.code == code; })) {
                notes << tr("The CRM has no code '%1': choose one of its codes from the list.").arg(code);
                warn = true;
            }
            if (kind == MappingState::Kind::Delivery && !code.isEmpty()) {
                // Payment types the CRM does not allow with this delivery type, among the shop's allowed pairs.
                const auto type = std::find_if(m_crm->deliveryTypes.cbegin(), m_crm->deliveryTypes.cend(),
                                               [&](const CrmDeliveryType &d) { return d.code == code; });
                if (type != m_crm->deliveryTypes.cend() && !type->paymentTypes.isEmpty()) {
                    QStringList refused;
                    for (const ShopDeliveryPayment &link : m_shop->deliveryPayments) {
                        if (link.deliveryId != id)
                            continue;
                        const QString payment = chosenCode(MappingState::Kind::Payment, link.paymentId);
                        if (!payment.isEmpty() && !type->paymentTypes.contains(payment)) {
                            const ShopPayment *p = m_shop->payment(link.paymentId);
                            refused << u"%1 (%2)"_s.arg(p ? p->name : QString::number(link.paymentId), payment);
                        }
                    }
                    if (!refused.isEmpty()) {
                        notes << tr("The CRM does not allow these payment types with delivery type '%1': %2. Allow "
                                    "them in RetailCRM (Settings → Delivery types) or change the codes.")
                                     .arg(code, refused.join(u", "_s));
                        warn = true;
                    }
                }
            }
            QTableWidgetItem *note = t->item(row, NoteColumn);
            note->setText(notes.join(u'\n'));
            note->setIcon(warn ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        }
        t->resizeRowsToContents();
    }
    const int pending = pendingChanges();
    if (pending > 0)
        m_status->setText(tr("%n unsaved change(s).", nullptr, pending));
}

void MappingsPage::autoSuggest()
{
    if (!isLoaded())
        return;
    int filled = 0;
    for (MappingState::Kind kind : kAllKinds) {
        QTableWidget *t = table(kind);
        const QList<CrmCodeChoice> list = choices(kind);
        for (int row = 0; row < t->rowCount(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn));
            if (!combo->currentData().toString().isEmpty())
                continue;
            QString name;
            const int id = t->item(row, IdColumn)->data(Qt::UserRole).toInt();
            if (kind == MappingState::Kind::Delivery && m_shop->delivery(id))
                name = m_shop->delivery(id)->name;
            else if (kind == MappingState::Kind::Payment && m_shop->payment(id))
                name = m_shop->payment(id)->name;
            else if (kind == MappingState::Kind::Status && m_shop->status(id))
                name = m_shop->status(id)->name;
            const CodeSuggester::Suggestion s = CodeSuggester::suggest(suggesterKind(kind), name, list);
            if (!s.code.isEmpty() && chooseCode(kind, id, s.code))
                ++filled;
        }
    }
    m_status->setText(filled > 0 ? tr("Suggested %n code(s) by name: check them, then Save.", nullptr, filled)
                                 : tr("No convincing suggestion for the rows without a code: choose them by hand."));
}

void MappingsPage::save()
{
    if (m_busy || !isLoaded())
        return;
    QList<CodeChange> changes;
    bool missing[3] = { false, false, false };
    for (MappingState::Kind kind : kAllKinds) {
        QTableWidget *t = table(kind);
        for (int row = 0; row < t->rowCount(); ++row) {
            const QString stored = t->item(row, IdColumn)->data(StoredCodeRole).toString();
            const QString chosen = qobject_cast<QComboBox *>(t->cellWidget(row, CodeColumn))->currentData().toString();
            if (stored == chosen)
                continue;
            changes.append({ writerKind(kind), t->item(row, IdColumn)->data(Qt::UserRole).toInt(), chosen });
        }
    }
    missing[0] = !m_shop->hasDeliveryCodeColumn;
    missing[1] = !m_shop->hasPaymentCodeColumn;
    missing[2] = !m_shop->hasStatusCodeColumn;
    QStringList columns;
    for (const CodeChange &c : changes) {
        const int k = int(c.kind);
        if (missing[k] && !c.code.isEmpty()) {
            const QString column = ShopWriter::tableFor(c.kind) + u'.' + ShopWriter::columnFor(c.kind);
            if (!columns.contains(column))
                columns << column;
        }
    }
    bool allowAdd = false;
    if (!columns.isEmpty()) {
        allowAdd = m_confirm(tr("The shop database has no column for the CRM codes yet (%1). RetailDesk can add it "
                                "(ALTER TABLE … ADD COLUMN, as modRetailCRM does). Add it now?")
                                 .arg(columns.join(u", "_s)));
        if (!allowAdd) {
            m_status->setText(tr("Nothing saved: the codes need the column(s) %1. Save again and allow adding them, "
                                 "or install modRetailCRM.")
                                  .arg(columns.join(u", "_s)));
            return;
        }
    }

    // The sync switches go to the profile.
    QList<int> statuses;
    for (int row = 0; row < m_statuses->rowCount(); ++row)
        if (auto *sync = qobject_cast<QCheckBox *>(m_statuses->cellWidget(row, SyncColumn)); sync && sync->isChecked())
            statuses << m_statuses->item(row, IdColumn)->data(Qt::UserRole).toInt();
    std::sort(statuses.begin(), statuses.end());
    QList<int> before = m_profile.sync.statuses;
    std::sort(before.begin(), before.end());
    const bool syncChanged = statuses != before;
    if (syncChanged) {
        Profile updated = m_profile;
        updated.sync.statuses = statuses;
        if (Status ok = updated.save(); !ok) {
            m_status->setText(tr("The profile could not be saved: %1").arg(ok.error().toString()));
            Q_EMIT saved(false);
            return;
        }
        m_profile = updated;
    }
    if (changes.isEmpty()) {
        m_status->setText(syncChanged ? tr("Saved the sync choices to the profile.") : tr("Nothing to save."));
        Q_EMIT saved(true);
        return;
    }
    setBusy(true, tr("Writing %n code(s) to the shop database…", nullptr, int(changes.size())));
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, changes, allowAdd]() -> Status {
            QString password;
            if (profile.shop.driver == ShopSettings::Driver::MySql) {
                auto read = factory()->read(SecretKind::ShopDbPassword);
                if (read)
                    password = *read;
            }
            ShopDatabase db(profile.shop, password);
            if (auto info = db.detect(); !info)
                return info.error();
            ShopWriter writer(db);
            Status result;
            for (const CodeChange &c : changes) {
                result = writer.setCode(c.kind, c.shopId, c.code, allowAdd);
                if (!result)
                    break;
            }
            db.closeConnection();
            return result;
        },
        [this, n = int(changes.size())](Status result) {
            setBusy(false, {});
            if (!result) {
                m_status->setText(tr("The codes could not be saved: %1").arg(result.error().toString()));
                Q_EMIT saved(false);
                return;
            }
            m_status->setText(tr("Saved %n code(s) to the shop database.", nullptr, n));
            // Re-read, so the stored codes (and column flags) are what the page compares against.
            refresh();
            Q_EMIT saved(true);
        });
}

} // namespace rd
