// The same keys in every area, offscreen, in a window on the sandbox: F5, Ctrl+F, Ctrl+E,
// Delete (asking first), Enter into the detail, Ctrl+1…9, Ctrl+J; no key bound twice; the
// shortcut sheet read from the actions; and Tab through a pane the way the eye goes.
#include "ConfirmDialog.h"
#include "Connection.h"
#include "JobsDock.h"
#include "ListAreaPane.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "SandboxServer.h"
#include "ShortcutSheet.h"
#include "TestServer.h"
#include "WindowKeys.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlNumberOpensTheAreasInSidebarOrder();
    void noKeyIsBoundTwice();
    void f5RefreshesTheCurrentArea();
    void ctrlFSearchesAndCtrlEExports_data();
    void ctrlFSearchesAndCtrlEExports();
    void deleteRunsTheMainRemovingActionAfterAsking_data();
    void deleteRunsTheMainRemovingActionAfterAsking();
    void deleteInTheSearchFieldEditsTheText();
    void enterMovesIntoTheDetail();
    void ctrlJShowsTheJobs();
    void theSheetListsTheKeysOfTheWindowAndTheArea();
    void tabGoesThroughThePaneInOrder();

private:
    ListAreaPane *openArea(const QString &key);
    QList<QAction *> activeActions() const;

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked; // the action each confirmation asked about (the dialog is gone)
};

void TestKeyboard::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 120, 2}));
}

void TestKeyboard::init()
{
    m_asked.clear();
    ConfirmDialog::setTestResponder([this](ConfirmDialog *dialog) {
        m_asked.append(dialog->request().action);
        dialog->reject(); // asked is enough: nothing is removed
    });
    m_window = std::make_unique<MainWindow>();
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    m_window->setConnection(connection);
    m_window->showArea(u"users"_qs); // the test is about the Users area
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_window.reset();
}

ListAreaPane *TestKeyboard::openArea(const QString &key)
{
    m_window->showArea(key);
    auto *pane = qobject_cast<ListAreaPane *>(m_window->pane(key));
    if (!pane)
        return nullptr;
    if (!QTest::qWaitFor([pane] { return pane->view()->model()->rowCount() > 0; }, 15000))
        return nullptr;
    return pane;
}

// What the window answers to now: its own actions and the current area's.
QList<QAction *> TestKeyboard::activeActions() const
{
    const auto paneOf = [](const QObject *object) -> const AreaPane * {
        for (; object; object = object->parent()) {
            if (auto *pane = qobject_cast<const AreaPane *>(object))
                return pane;
        }
        return nullptr;
    };
    const AreaPane *current = m_window->pane(m_window->currentArea());
    QList<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const AreaPane *pane = paneOf(action);
        if (!action->shortcuts().isEmpty() && (!pane || pane == current))
            actions.append(action);
    }
    return actions;
}

void TestKeyboard::ctrlNumberOpensTheAreasInSidebarOrder()
{
    const QStringList order{u"overview"_qs, u"users"_qs,          u"groups"_qs,  u"domains"_qs,
                            u"policies"_qs, u"classification"_qs, u"apiKeys"_qs, u"apiTokens"_qs};
    for (int i = order.size() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), order.at(i));
    }
    auto *go = m_window->findChild<QAction *>(u"go_groups"_qs);
    QVERIFY(go);
    QCOMPARE(go->text(), u"Groups"_qs);
}

void TestKeyboard::noKeyIsBoundTwice()
{
    for (const QString &area : {u"users"_qs, u"groups"_qs, u"policies"_qs, u"classification"_qs,
                                u"apiKeys"_qs, u"domains"_qs}) {
        QVERIFY(openArea(area));
        // Where a key applies: the whole window, or the one widget it is bound to (Delete and
        // Enter on the table).
        QHash<QString, QString> owners; // "where|key" → the action's text
        for (QAction *action : activeActions()) {
            const bool bound = action->shortcutContext() == Qt::WidgetShortcut ||
                               action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
            const QString where =
                bound ? action->associatedObjects().value(0)->objectName() : u"window"_qs;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString slot = where + u'|' + key.toString();
                QVERIFY2(!owners.contains(slot),
                         qPrintable(area + u": "_qs + slot + u" for "_qs + owners.value(slot) +
                                    u" and "_qs + action->text()));
                owners.insert(slot, action->text());
            }
        }
        QCOMPARE(owners.value(u"window|"_qs + QKeySequence(QKeySequence::Refresh).toString()),
                 u"&Refresh"_qs);
    }
}

void TestKeyboard::f5RefreshesTheCurrentArea()
{
    ListAreaPane *pane = openArea(u"groups"_qs);
    QVERIFY(pane);
    QSignalSpy loading(pane->pagedModel(), &PagedTableModel::loadingChanged);
    QTest::keyClick(pane->view(), Qt::Key_F5);
    QVERIFY(!loading.isEmpty());
    QCOMPARE(loading.first().first().toBool(), true);
}

void TestKeyboard::ctrlFSearchesAndCtrlEExports_data()
{
    QTest::addColumn<QString>("area");
    QTest::newRow("users") << u"users"_qs;
    QTest::newRow("groups") << u"groups"_qs;
    QTest::newRow("domains") << u"domains"_qs;
    QTest::newRow("apiTokens") << u"apiTokens"_qs;
}

void TestKeyboard::ctrlFSearchesAndCtrlEExports()
{
    QFETCH(QString, area);
    ListAreaPane *pane = openArea(area);
    QVERIFY(pane);
    pane->view()->setFocus();
    if (pane->searchField()) {
        QTest::keyClick(pane->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane->searchField()->hasFocus());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<QFileDialog *>(u"exportDialog"_qs)) &&
                dialog->isVisible());
    dialog->reject();
}

void TestKeyboard::deleteRunsTheMainRemovingActionAfterAsking_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("asked"); // the confirmation's action
    QTest::newRow("users") << u"users"_qs << u"Remove from directory"_qs;
    QTest::newRow("groups") << u"groups"_qs << u"Delete group"_qs;
    QTest::newRow("policies") << u"policies"_qs << u"Delete policy"_qs;
    QTest::newRow("classification") << u"classification"_qs << u"Archive"_qs;
    QTest::newRow("apiKeys") << u"apiKeys"_qs << u"Revoke"_qs;
    QTest::newRow("apiTokens") << u"apiTokens"_qs << u"Revoke"_qs;
    QTest::newRow("domains (none)") << u"domains"_qs << QString();
}

void TestKeyboard::deleteRunsTheMainRemovingActionAfterAsking()
{
    QFETCH(QString, area);
    QFETCH(QString, asked);
    ListAreaPane *pane = openArea(area);
    QVERIFY(pane);
    auto *remove = pane->findChild<QAction *>(u"removeKey"_qs);
    if (area == u"domains"_qs) {
        QVERIFY(!remove); // nothing there to remove
        return;
    }
    QVERIFY(remove);
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    // Some rows cannot be removed (a group that grants admin rights, an archived level): the
    // first row that can.
    bool asked_ = false;
    for (int row = 0; row < pane->view()->model()->rowCount() && !asked_; ++row) {
        pane->view()->setFocus();
        pane->view()->selectRow(row);
        pane->view()->setCurrentIndex(pane->view()->model()->index(row, 0));
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        asked_ = QTest::qWaitFor([this] { return !m_asked.isEmpty(); }, 200);
    }
    QVERIFY2(asked_, "Delete asked nothing on any row");
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first(), asked);
}

void TestKeyboard::deleteInTheSearchFieldEditsTheText()
{
    ListAreaPane *pane = openArea(u"groups"_qs);
    QVERIFY(pane);
    pane->view()->selectRow(0);
    pane->searchField()->setFocus();
    pane->searchField()->setText(u"ab"_qs);
    pane->searchField()->setCursorPosition(0);
    QTest::keyClick(pane->searchField(), Qt::Key_Delete);
    QCOMPARE(pane->searchField()->text(), u"b"_qs);
    QVERIFY(m_asked.isEmpty());
}

void TestKeyboard::enterMovesIntoTheDetail()
{
    for (const QString &area : {u"users"_qs, u"groups"_qs, u"apiKeys"_qs}) {
        ListAreaPane *pane = openArea(area);
        QVERIFY(pane);
        pane->view()->setFocus();
        pane->view()->selectRow(0);
        QWidget *detail = pane->detailWidget();
        QTest::keyClick(pane->view(), Qt::Key_Return);
        QTRY_VERIFY2(detail->isAncestorOf(QApplication::focusWidget()), qPrintable(area));
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Return, Qt::AltModifier);
        QTRY_VERIFY2(detail->isAncestorOf(QApplication::focusWidget()), qPrintable(area));
    }
}

void TestKeyboard::ctrlJShowsTheJobs()
{
    auto *dock = m_window->findChild<JobsDock *>();
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(dock->view()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());
}

void TestKeyboard::theSheetListsTheKeysOfTheWindowAndTheArea()
{
    QVERIFY(openArea(u"users"_qs));
    const QList<ShortcutSheet::Section> sections = ShortcutSheet::collect(m_window.get());
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(1).title, u"Users"_qs);
    const auto keysFor = [&](int section, const QString &text) {
        for (const ShortcutSheet::Entry &entry : sections.at(section).entries) {
            if (entry.text == text)
                return entry.keys;
        }
        return u"<missing>"_qs;
    };
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    QCOMPARE(keysFor(0, u"Refresh"_qs), native(QKeySequence::Refresh));
    QCOMPARE(keysFor(0, u"Jobs"_qs), native(QKeySequence(Qt::CTRL | Qt::Key_J)));
    QCOMPARE(keysFor(0, u"Overview"_qs), native(QKeySequence(Qt::CTRL | Qt::Key_1)));
    QCOMPARE(keysFor(0, u"Users"_qs), native(QKeySequence(Qt::CTRL | Qt::Key_2)));
    QCOMPARE(keysFor(0, u"User API tokens"_qs), native(QKeySequence(Qt::CTRL | Qt::Key_8)));
    QCOMPARE(keysFor(0, u"Keyboard shortcuts"_qs), native(QKeySequence::HelpContents));
    QCOMPARE(keysFor(1, u"Search"_qs), native(QKeySequence::Find));
    QCOMPARE(keysFor(1, u"Export CSV\u2026"_qs), native(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QCOMPARE(keysFor(1, u"Remove from directory\u2026"_qs), native(QKeySequence::Delete));
    QVERIFY(keysFor(1, u"Show the details"_qs).startsWith(native(Qt::Key_Return)));

    // The dialog shows the same, from Help › Keyboard shortcuts.
    m_window->findChild<QAction *>(u"shortcutSheetAction"_qs)->trigger();
    ShortcutSheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<ShortcutSheet *>()) && sheet->isVisible());
    QCOMPARE(sheet->view()->topLevelItemCount(), 2);
    QCOMPARE(sheet->view()->topLevelItem(1)->text(0), u"Users"_qs);
    QCOMPARE(sheet->view()->topLevelItem(1)->childCount(), sections.at(1).entries.size());
    sheet->close();
}

void TestKeyboard::tabGoesThroughThePaneInOrder()
{
    ListAreaPane *pane = openArea(u"users"_qs);
    QVERIFY(pane);
    pane->view()->selectRow(0);
    const QList<QWidget *> main{
        pane->searchField(),
        pane->findChild<QWidget *>(u"statusFilter"_qs),
        pane->findChild<QWidget *>(u"fromList"_qs),
        pane->exportButton(),
        pane->findChild<QWidget *>(u"userActionsButton"_qs),
        pane->view(),
    };
    for (QWidget *widget : main) {
        QVERIFY(widget);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
    }
    pane->searchField()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> reached;
    QWidget *detail = pane->detailWidget();
    for (int i = 0; i < 60 && !detail->isAncestorOf(QApplication::focusWidget()); ++i) {
        reached.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QStringList names;
    for (QWidget *widget : reached)
        names.append(widget->objectName());
    QVERIFY2(detail->isAncestorOf(QApplication::focusWidget()), qPrintable(names.join(u' ')));
    int last = -1;
    for (QWidget *widget : main) {
        const int at = int(reached.indexOf(widget));
        QVERIFY2(at > last, qPrintable(widget->objectName() + u" out of order"_qs));
        last = at;
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
