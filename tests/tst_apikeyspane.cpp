// The Admin API keys area as a person uses it (offscreen): the risk filters, and revoking, where
// the count is typed and the key Orgdesk connects with takes a second, separate warning.

#include "AccessRisk.h"
#include "ApiKeysModel.h"
#include "ApiKeysPane.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "JobResultDialog.h"
#include "KeyRevokeFlow.h"
#include "RiskFilterBox.h"
#include "SandboxServer.h"
#include "Settle.h"
#include "TestServer.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

class TestApiKeysPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void presetsFilterTheKeys_data();
    void presetsFilterTheKeys();
    void detailPaneShowsThePickedKey();
    void revokingAKeyAsksForTheCountOnce();
    void keyInUseTakesASecondWarningThatCanStopEverything();
    void keyInUseIsRevokedOnlyAfterBothAnswers();

private:
    void openPane();
    void selectRows(const std::function<bool(const ApiKey &)> &wanted);
    int patchesReceived() const;
    int rowOf(const QString &label) const;

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ApiKeysPane> m_pane;
    QStringList m_dialogs; // object names of the confirmations asked, in order
};

void TestApiKeysPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // job journals go to a test location
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 400, 12}));
    if (m_server.isExternal())
        QSKIP("Revokes keys and checks the seeded ones: sandbox only.");
}

void TestApiKeysPane::init()
{
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    // As the window connects to a sandbox: its own key is the one in use.
    m_connection->setSandbox(true);
    m_connection->setKeyLabel(sandbox::SandboxServer::apiKeyLabel());
    m_dialogs.clear();
    m_server.sandbox()->clearReceivedRequests();
    openPane();
}

void TestApiKeysPane::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_pane.reset();
    m_connection.reset();
}

void TestApiKeysPane::openPane()
{
    m_pane = std::make_unique<ApiKeysPane>(m_connection.get());
    m_pane->resize(1300, 700);
    m_pane->show();
    QTRY_VERIFY(m_pane->model()->rowCount() > 0 && !m_pane->model()->hasMore());
}

void TestApiKeysPane::selectRows(const std::function<bool(const ApiKey &)> &wanted)
{
    QTableView *view = m_pane->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex source = m_pane->proxy()->mapToSource(view->model()->index(row, 0));
        if (wanted(m_pane->model()->keyAt(source.row())))
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

int TestApiKeysPane::patchesReceived() const
{
    int count = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        count += request.method == "PATCH" ? 1 : 0;
    return count;
}

int TestApiKeysPane::rowOf(const QString &label) const
{
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        if (m_pane->model()->keyAt(row).label == label)
            return row;
    }
    return -1;
}

void TestApiKeysPane::presetsFilterTheKeys_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("days");
    QTest::newRow("expiring within 30 days") << u"expiring"_qs << 30;
    QTest::newRow("expired") << u"expired"_qs << 0;
    QTest::newRow("not used for 60 days") << u"inactive"_qs << 60;
    QTest::newRow("never used") << u"never"_qs << 0;
    QTest::newRow("without scopes") << u"fullAccess"_qs << 0;
}

void TestApiKeysPane::presetsFilterTheKeys()
{
    QFETCH(QString, preset);
    QFETCH(int, days);
    m_pane->filterBox()->setPreset(preset, days);
    QTRY_VERIFY(!m_pane->model()->isLoading() && !m_pane->model()->hasMore());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QAbstractItemModel *shown = m_pane->view()->model();
    QVERIFY(shown->rowCount() > 0);
    for (int row = 0; row < shown->rowCount(); ++row) {
        const ApiKey key =
            m_pane->model()->keyAt(m_pane->proxy()->mapToSource(shown->index(row, 0)).row());
        if (preset == u"expiring"_qs)
            QVERIFY(AccessRisk::expiresWithin(days + 1, key.expiresAt, now) && !key.isRevoked());
        else if (preset == u"expired"_qs)
            QVERIFY(AccessRisk::isExpired(key.expiresAt, now));
        else if (preset == u"inactive"_qs)
            QVERIFY(AccessRisk::unusedFor(days, key.lastActiveAt, key.createdAt, now));
        else if (preset == u"never"_qs)
            QVERIFY(!key.lastActiveAt.isValid());
        else
            QVERIFY(!key.hasScopes() && !key.isRevoked());
    }
    QVERIFY(m_pane->countLabel()->text().contains(u"match"_qs) || preset == u"expired"_qs);
}

void TestApiKeysPane::detailPaneShowsThePickedKey()
{
    const int row = rowOf(sandbox::SandboxServer::apiKeyLabel());
    QVERIFY(row >= 0);
    m_pane->view()->selectRow(m_pane->proxy()->mapFromSource(m_pane->model()->index(row, 0)).row());
    QCOMPARE(m_pane->detailPane()->title(), sandbox::SandboxServer::apiKeyLabel());
    QVERIFY(m_pane->detailPane()->value(u"Scopes"_qs).contains(u"every admin API"_qs));
    QVERIFY(!m_pane->detailPane()->value(u"Orgdesk"_qs).isEmpty());
    QCOMPARE(m_pane->detailPane()->value(u"Key id"_qs), m_pane->model()->keyAt(row).id);
}

void TestApiKeysPane::revokingAKeyAsksForTheCountOnce()
{
    const QString inUse = sandbox::SandboxServer::apiKeyLabel();
    selectRows([&](const ApiKey &key) {
        return !key.isRevoked() && key.label != inUse && key.hasScopes();
    });
    const int selected = int(m_pane->selectedSourceRows().size());
    QVERIFY(selected >= 2);
    QVERIFY(m_pane->revokeButton()->isEnabled());
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        m_dialogs.append(dialog->objectName());
        QCOMPARE(dialog->request().count, selected);
        QCOMPARE(dialog->requiredText(), QString::number(selected));
        dialog->setTypedText(u"1"_qs);
        QVERIFY(!dialog->confirmButton()->isEnabled()); // the wrong count does not do
        dialog->setTypedText(QString::number(selected));
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
    });
    m_pane->revokeButton()->click();
    QTRY_VERIFY(m_pane->findChild<JobResultDialog *>());
    auto *results = m_pane->findChild<JobResultDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(results->job()->status() == BulkJob::Status::Finished, 20000);
    QCOMPARE(m_dialogs, QStringList{u"confirmDialog"_qs}); // no second warning
    QCOMPARE(results->table()->rowCount(), selected);
    for (int row = 0; row < selected; ++row)
        QCOMPARE(results->table()->item(row, 1)->text(), u"Done"_qs);
    QCOMPARE(patchesReceived(), selected);
    // The table reloads and shows them revoked.
    QTRY_VERIFY(!m_pane->model()->isLoading() && m_pane->model()->rowCount() > 0);
    for (const JobItem &item : results->job()->items()) {
        for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
            if (m_pane->model()->keyAt(row).id == item.id)
                QVERIFY(m_pane->model()->keyAt(row).isRevoked());
        }
    }
}

void TestApiKeysPane::keyInUseTakesASecondWarningThatCanStopEverything()
{
    const QString inUse = sandbox::SandboxServer::apiKeyLabel();
    selectRows([&](const ApiKey &key) {
        return !key.isRevoked() && (key.label == inUse || key.label.startsWith(u"Test key"_qs));
    });
    QCOMPARE(m_pane->selectedSourceRows().size(), 2);
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        m_dialogs.append(dialog->objectName());
        if (dialog->objectName() == u"keyInUseWarning"_qs) {
            QVERIFY(dialog->request().question.contains(inUse));
            dialog->reject(); // stops everything
            return;
        }
        dialog->setTypedText(u"2"_qs);
        dialog->confirmButton()->click();
    });
    QSignalSpy cancelled(m_pane->revokeFlow(), &KeyRevokeFlow::cancelled);
    m_pane->revokeButton()->click();
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(m_dialogs, (QStringList{u"confirmDialog"_qs, u"keyInUseWarning"_qs}));
    QVERIFY(settle(m_connection->client(), m_server.orgId()));
    QCOMPARE(patchesReceived(), 0);
    QVERIFY(!m_pane->findChild<JobResultDialog *>());
}

void TestApiKeysPane::keyInUseIsRevokedOnlyAfterBothAnswers()
{
    const QString inUse = sandbox::SandboxServer::apiKeyLabel();
    selectRows([&](const ApiKey &key) { return !key.isRevoked() && key.label == inUse; });
    QCOMPARE(m_pane->selectedSourceRows().size(), 1);
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        m_dialogs.append(dialog->objectName());
        dialog->setTypedText(u"1"_qs);
        QCOMPARE(patchesReceived(), 0); // nothing sent while a question is open
        dialog->confirmButton()->click();
    });
    m_pane->revokeButton()->click();
    QTRY_VERIFY(m_pane->findChild<JobResultDialog *>());
    QCOMPARE(m_dialogs, (QStringList{u"confirmDialog"_qs, u"keyInUseWarning"_qs}));
    QTRY_COMPARE(patchesReceived(), 1);
}

QTEST_MAIN(TestApiKeysPane)
#include "tst_apikeyspane.moc"
