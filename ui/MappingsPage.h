#pragma once

#include "config/Profile.h"
#include "setup/CodeSuggester.h"
#include "setup/ConnectionCheck.h"
#include "shop/ShopRows.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rd {

class SecretStore;

// The shop's deliveries, payments and statuses, each with its RetailCRM code chosen from the CRM's reference
// list; "Auto-suggest" fills empty codes by name; per status a "sync" switch (sync.statuses). Warnings for
// unknown codes and for payment types the CRM does not allow with a delivery type. Save writes the shop's
// code columns (asking before adding a missing column) and the profile. All I/O runs on worker threads.
class MappingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsPage)

public:
    enum Column { IdColumn, NameColumn, CodeColumn, SyncColumn, NoteColumn };

    MappingsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                 QWidget *parent = nullptr);
    ~MappingsPage() override;

    // Asked before a missing code column is added (default: a QMessageBox); tests replace it.
    void setConfirmAddColumn(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_shop.has_value() && m_crm.has_value(); }
    QTableWidget *table(MappingState::Kind kind) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *suggestButton() const { return m_suggest; }
    QLabel *statusLabel() const { return m_status; }
    const Profile &profile() const { return m_profile; }

    // The code chosen in a row's combo ("" = none) and choosing one (tests, auto-suggest).
    QString chosenCode(MappingState::Kind kind, int shopId) const;
    bool chooseCode(MappingState::Kind kind, int shopId, const QString &code);
    // Rows whose chosen code differs from the stored one.
    int pendingChanges() const;

public Q_SLOTS:
    void refresh();
    void autoSuggest();
    void save();

Q_SIGNALS:
    void loaded(bool ok);
    void saved(bool ok);

protected:
    void showEvent(QShowEvent *event) override; // loads on first show

private:
    void fill();
    void fillTable(MappingState::Kind kind);
    void updateNotes();
    void setBusy(bool busy, const QString &text);
    QList<CrmCodeChoice> choices(MappingState::Kind kind) const;

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    std::function<bool(const QString &)> m_confirm;
    std::optional<ShopReferences> m_shop;
    std::optional<CrmReferenceLists> m_crm;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_deliveries = nullptr;
    QTableWidget *m_payments = nullptr;
    QTableWidget *m_statuses = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_save = nullptr;
    bool m_busy = false;
    bool m_shownOnce = false;
};

} // namespace rd
