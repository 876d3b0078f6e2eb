#pragma once

#include "AreaPane.h"

#include <QTimer>

class ApiError;
class MessagePanel;
class PagedTableModel;
class QAbstractButton;
class QAction;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;
class TableOrMessage;

// The skeleton every list area is built on. Top to bottom: the toolbar row (search with a pause
// before it applies and Ctrl+F, the area's filters, the count, Load all, Export CSV, the area's
// actions), an optional row of filter chips, one error bar with Retry (when a later page fails),
// then the table, or a centred message in its place (loading, none, none match with Clear
// filters, failed with Retry), beside the detail pane in a splitter. The table's look, its column
// menu and its saved layout (by name) are the same in every area.
//
// An area supplies its model (a PagedTableModel: paged or a whole list), the model the table
// shows (a proxy over it, or the model itself), its detail widget, its filters and its actions,
// and says what its words are. Nothing else.
//
// ready() goes out once, when the first list is on screen (its first page, or the error that
// stopped it) and the area says its detail is ready too (isDetailReady()).
//
// The keys are the same in every area: Ctrl+F searches, Ctrl+E exports, Enter (or Alt+Enter) on
// the table moves to the detail pane, and Delete on the table runs the area's main removing
// action, which asks first (setRemoveAction / setRemoveButton). Tab goes through the toolbar row
// left to right, then the chips, the table and the detail pane.
class ListAreaPane : public AreaPane
{
    Q_OBJECT

public:
    struct Texts
    {
        QString searchPlaceholder; // empty: no search field
        QString loading;           // "Loading API tokens…"
        QString none;              // "The organization has no API tokens."
        QString noneMatch;         // "No API tokens match these filters."
        QString loadFailed;        // "Could not load the API tokens."
        QString exportName;        // "api-tokens.csv"
    };

    ~ListAreaPane() override;

    // The area belongs to the organization unless it says otherwise: the directory picked in
    // the sidebar does not apply.
    void setScope(const QString &directoryId) override;
    void refresh() override;

    PagedTableModel *pagedModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *loadAllButton() const { return m_loadAll; }
    QPushButton *exportButton() const { return m_export; }
    MessagePanel *errorBar() const { return m_errorBar; }
    QWidget *detailWidget() const { return m_detail; }
    // The centred message's text when it stands in the table's place; empty otherwise.
    QString messageText() const;

    // The picked rows, as rows of the paged model, in the model's order.
    QList<int> selectedSourceRows() const;
    // The row the detail shows: the current one when picked, else the first picked; -1: none.
    int currentSourceRow() const;
    // Makes a row of the paged model the current and only picked one; false when it is not shown.
    bool selectSourceRow(int row);
    // Writes the rows shown (filtered, in the table's order, visible columns) as CSV: the text
    // shown, dates in ISO 8601 UTC.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    // `name` names the widgets for tests and the saved layout: "<name>Search", "<name>Count",
    // "<name>ErrorBar", "<name>Table", "<name>Message", and "<name>Detail" for a detail widget
    // the area did not name.
    ListAreaPane(const QString &name, const Texts &texts, QWidget *parent);

    // Takes the model over (the pane becomes its parent), shows `shownModel` (a proxy chain
    // ending at the model, or nullptr for the model itself) and builds the skeleton around
    // `detail`. Subclasses call it once in their constructor, then add their filters and actions.
    void build(PagedTableModel *model, QAbstractItemModel *shownModel, QWidget *detail);

    void addFilterWidget(QWidget *widget); // after the search field
    void addActionWidget(QWidget *widget); // at the right end of the toolbar
    QPushButton *addActionButton(const QString &objectName, const QString &text);
    // A full-width row under the toolbar (and under the rows added before): filter chips, or a
    // line saying how the area's last action went.
    void addRowBelowToolbar(QWidget *row);
    // A detail widget with a row under it (its buttons, a hint), to hand to build().
    QWidget *detailWithFooter(QWidget *detail, QWidget *footer);
    void setMultiSelection(bool many); // default: several rows may be picked
    // How long typing pauses before the search applies (by default serverSearchDelayMs, for a
    // server search); 0: at once, for a search over the loaded rows.
    void setSearchDelay(int ms) { m_searchDelay.setInterval(ms); }
    static constexpr int serverSearchDelayMs = 250;
    QSplitter *splitter() const { return m_splitter; }
    // Delete on the table: the area's main removing action (the one that asks first), as a
    // menu action or as a button; `text` names it in the shortcut sheet (empty: the button's).
    void setRemoveAction(QAction *action);
    void setRemoveButton(QAbstractButton *button, const QString &text = QString());
    // Makes each column as wide as the text it usually holds (a sample per column, in column
    // order), or its title with the sort arrow when that is wider.
    void sizeColumns(const QStringList &samples);

    // Reads the search field and the filters into the model's query (or the proxy's rows).
    virtual void applyFilters() = 0;
    // Shows the row in the detail pane; -1: nothing picked.
    virtual void showDetails(int sourceRow) = 0;
    // The selection changed: enables the area's actions.
    virtual void updateActions() {}
    // "%n tokens": the count's words.
    virtual QString amount(int count) const = 0;
    // The count label's text; the default says "<loaded> of <total>" while paging, "<shown> of
    // <all> match" under a local filter.
    virtual QString countText() const;
    // Whether anything narrows the list (for "none match" rather than "there are none").
    virtual bool hasFilters() const;
    // Whether the shown model narrows the loaded rows itself (then every page is loaded).
    virtual bool hasLocalFilter() const { return false; }
    // Puts every filter back to "everything" (the message's Clear filters button).
    virtual void clearFilters();
    // The error bar's words when a request fails with rows shown ("Could not load more. …").
    virtual QString moreFailedText(const ApiError &error) const;
    // The centred message when nothing matches (Texts::noneMatch unless the area says more).
    virtual QString noneMatchText() const { return m_texts.noneMatch; }
    // Whether the detail has what it needs for ready() (say, a second list); the area calls
    // maybeReady() when that changes.
    virtual bool isDetailReady() const { return true; }
    // Export CSV… (and Ctrl+E): asks for a file and writes the rows shown. An area whose rows
    // come a page at a time from a local store writes its whole result instead.
    virtual void exportAsked();
    // The centred message when there is nothing at all (Texts::none unless the area says more).
    virtual QString noneText() const { return m_texts.none; }

    // After the query or a local filter changed: loads every page when a local filter needs
    // them, and says how many there are.
    void afterQueryChanged();
    void updateCount();
    void updateMessage();
    void maybeReady();
    QModelIndex toSource(const QModelIndex &shown) const;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void addKeys();
    QAction *removeKey(const QString &text);
    void focusDetail();
    void arrangeTabOrder();
    void setUpView(QAbstractItemModel *shownModel);
    void connectModel();
    void onSelectionChanged();

    QString m_name;
    Texts m_texts;
    PagedTableModel *m_model = nullptr;
    QTimer m_searchDelay;
    QHBoxLayout *m_toolbar = nullptr;
    int m_filterSlot = 0; // where the next filter widget goes in the toolbar
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    QPushButton *m_export = nullptr;
    MessagePanel *m_errorBar = nullptr;
    TableOrMessage *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<QWidget *> m_rowsBelow; // under the toolbar, in order
    QWidget *m_detail = nullptr;
    QAction *m_remove = nullptr;
    bool m_tabOrderArranged = false;
    bool m_listShown = false; // the first list (or its error) is on screen
    bool m_readySent = false;
};
