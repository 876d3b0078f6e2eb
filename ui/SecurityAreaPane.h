#pragma once

#include "AccessSortProxy.h"
#include "AreaPane.h"
#include "RiskFilterBox.h"

#include <QTimer>

class FieldListPane;
class MessagePanel;
class PagedTableModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class TableOrMessage;

// What the API keys and API tokens areas share: search and a risk filter over a paged table,
// the count, "Load all", CSV export of what is shown, several rows picked for "Revoke…", and a
// detail pane for the current row. Organization-wide: the directory picked in the sidebar does
// not apply. Subclasses say what the filters mean and what revoking does.
class SecurityAreaPane : public AreaPane
{
    Q_OBJECT

public:
    struct Texts
    {
        QString searchPlaceholder;
        QString loading;    // "Loading API tokens…"
        QString none;       // "The organization has no API tokens."
        QString noneMatch;  // "No API tokens match these filters."
        QString loadFailed; // "Could not load the API tokens."
        QString pickOne;    // the detail pane's placeholder
        QString exportName; // "api-tokens.csv"
    };

    void setScope(const QString &directoryId) override;
    void refresh() override;

    PagedTableModel *pagedModel() const { return m_model; }
    AccessSortProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FieldListPane *detailPane() const { return m_detail; }
    RiskFilterBox *filterBox() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *revokeButton() const { return m_revoke; }

    // Writes the rows shown (filtered, in the table's order, visible columns) as CSV: the text
    // shown, dates in ISO 8601 UTC.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // The picked rows, as rows of the paged model.
    QList<int> selectedSourceRows() const;

protected:
    SecurityAreaPane(const Texts &texts, QWidget *parent);

    // Takes the model over and builds the widgets; subclasses call it in their constructor,
    // and may add widgets to toolbar() afterwards.
    void build(PagedTableModel *model, const QList<RiskFilterBox::Preset> &presets);
    QHBoxLayout *toolbar() const { return m_toolbar; }

    // Reads the filter widgets into the model's query (and the proxy's row filter).
    virtual void applyFilters() = 0;
    virtual void showDetails(int sourceRow) = 0;
    virtual bool canRevoke(const QList<int> &sourceRows) const = 0;
    virtual void revokeSelected() = 0;
    virtual QString amount(int count) const = 0; // "%n tokens"
    // Whether anything narrows the list (for "none match" rather than "there are none").
    virtual bool hasFilters() const;

    // For conditions the server cannot filter on: narrows the loaded rows, and loads every
    // page so that the whole list is checked. nullptr: no local condition.
    void setLocalFilter(AccessSortProxy::RowFilter filter);
    void afterQueryChanged();
    void updateCount();
    void updateMessage();
    void updateActions();

private:
    QWidget *createToolbar();
    void setUpView();
    void onSelectionChanged();

    PagedTableModel *m_model = nullptr;
    AccessSortProxy *m_proxy;
    Texts m_texts;
    QTimer m_searchDelay;
    QHBoxLayout *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    RiskFilterBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_revoke = nullptr;
    MessagePanel *m_errorBar = nullptr;
    TableOrMessage *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    FieldListPane *m_detail = nullptr;
};
