#pragma once

#include "config/Profile.h"
#include "sync/SyncTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace rd {

class LogFilterModel;

// The request log (every CRM call of this process: method, URL without the key, status, time, retries;
// from CrmRequestLog) and the job history (upload and sync runs of the state store), in one sortable
// table filterable by text and by kind, with an empty state that says what fills it. The request log is
// polled from memory; the runs are read on a worker thread.
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    enum Column { TimeColumn, KindColumn, WhatColumn, ResultColumn, DetailsColumn };
    enum class Kind { All, Requests, FailedRequests, Jobs };

    explicit LogPage(Profile profile, QWidget *parent = nullptr);
    ~LogPage() override;

    // The local state file holding the runs (default: StateStore::defaultPath(profile)).
    void setStatePath(const QString &path) { m_statePath = path; }

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindCombo() const { return m_kind; }
    QLabel *emptyLabel() const { return m_empty; }
    bool isShowingEmptyState() const;
    int visibleRows() const; // rows passing the filter
    bool isLoading() const { return m_loading; }
    // The text of a visible row (all columns, tab-separated), for tests and copying.
    QString rowText(int row) const;

public Q_SLOTS:
    // Takes the new requests and reads the runs again.
    void refresh();
    void setKind(rd::LogPage::Kind kind);

Q_SIGNALS:
    void runsLoaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void takeRequests();
    void showRuns(const QList<RunRecord> &runs);
    void updateEmptyState();

    Profile m_profile;
    QString m_statePath;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
    LogFilterModel *m_proxy = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_lastSequence = 0;
    int m_runRows = 0; // the runs come first in the model, the requests after them
    int m_polls = 0;
    bool m_loading = false;
    QString m_runsError;
};

} // namespace rd
