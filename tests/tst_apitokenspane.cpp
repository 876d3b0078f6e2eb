// The User API tokens area as a new user goes through it on the sandbox (offscreen): open the
// area, filter to tokens unused for 90 days, revoke them in one job, see each result, export
// what is left; the catalog's filters; and the org-wide revoke, only after the organization's
// name is typed.

#include "AccessRisk.h"
#include "ApiKeysModel.h"
#include "ApiKeysPane.h"
#include "ApiTokensModel.h"
#include "ApiTokensPane.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "JobManager.h"
#include "JobResultDialog.h"
#include "JobsDock.h"
#include "JobsModel.h"
#include "MainWindow.h"
#include "RiskFilterBox.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "TokenDateFilter.h"
#include "TokenRevokeFlow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestApiTokensPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void screenshotsOfBothAreas(); // first, while the sandbox is as seeded
    void revokeTokensUnusedFor90DaysAndExportTheRest();
    void statusAndDateFiltersReachTheServer();
    void everyTokenGoesOnlyAfterTheOrgNameIsTyped();

private:
    int requestsLike(const QByteArray &method, const QString &pathEnd) const;
    void waitForEverything();
    QList<ApiToken> shownTokens() const;
    // What the window shows of a job, item by item: label, result, reason. In the jobs dock
    // when the window has one, else in the area's result dialog.
    QList<QStringList> resultsShown(BulkJob *job) const;

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    ApiTokensPane *m_pane = nullptr;
};

void TestApiTokensPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 1200, 21}));
    if (m_server.isExternal())
        QSKIP("Revokes tokens and checks the seeded ones: sandbox only.");
}

void TestApiTokensPane::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
    m_window = std::make_unique<MainWindow>();
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    m_window->setConnection(connection);
    m_window->show();
    m_window->showArea(u"apiTokens"_qs);
    m_pane = qobject_cast<ApiTokensPane *>(m_window->pane(u"apiTokens"_qs));
    QVERIFY(m_pane);
    QTRY_VERIFY(m_pane->model()->rowCount() > 0);
}

void TestApiTokensPane::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_window.reset();
    m_pane = nullptr;
}

int TestApiTokensPane::requestsLike(const QByteArray &method, const QString &pathEnd) const
{
    int count = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        count += request.method == method && request.path.endsWith(pathEnd) ? 1 : 0;
    return count;
}

void TestApiTokensPane::waitForEverything()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->hasMore() && !m_pane->model()->isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLookingUpOwners(), 20000);
}

QList<ApiToken> TestApiTokensPane::shownTokens() const
{
    QList<ApiToken> tokens;
    const QAbstractItemModel *shown = m_pane->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        tokens.append(
            m_pane->model()->tokenAt(m_pane->proxy()->mapToSource(shown->index(row, 0)).row()));
    return tokens;
}

QList<QStringList> TestApiTokensPane::resultsShown(BulkJob *job) const
{
    QList<QStringList> rows;
    auto *dock = m_window->findChild<JobsDock *>();
    if (dock && dock->jobManager() && dock->jobManager()->jobs().contains(job)) {
        if (!dock->isVisible())
            return {};
        const JobsModel *model = dock->model();
        const QModelIndex parent = model->indexOf(job);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            QStringList cells;
            for (int column : {JobsModel::Name, JobsModel::Status, JobsModel::Detail})
                cells.append(model->index(row, column, parent).data().toString());
            rows.append(cells);
        }
        return rows;
    }
    auto *dialog = m_pane->findChild<JobResultDialog *>();
    if (!dialog || dialog->job() != job || !dialog->isVisible())
        return {};
    for (int row = 0; row < dialog->table()->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column)
            cells.append(dialog->table()->item(row, column)->text());
        rows.append(cells);
    }
    return rows;
}

void TestApiTokensPane::revokeTokensUnusedFor90DaysAndExportTheRest()
{
    // Filter to tokens unused for 90 days: every page is loaded and checked.
    m_pane->filterBox()->setPreset(u"unused"_qs, 90);
    waitForEverything();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ApiToken> stale = shownTokens();
    QVERIFY(stale.size() >= 5);
    for (const ApiToken &token : stale) {
        QVERIFY(AccessRisk::unusedFor(90, token.lastActiveAt, token.createdAt, now.addSecs(60)));
        QVERIFY(!AccessRisk::isExpired(token.expiresAt, now.addSecs(-60))); // live ones only
    }
    QVERIFY2(m_pane->countLabel()->text().contains(u"match"_qs),
             qPrintable(m_pane->countLabel()->text()));
    // The never-used ones are in too (they count from their creation).
    QVERIFY(std::any_of(stale.begin(), stale.end(),
                        [](const ApiToken &t) { return !t.lastActiveAt.isValid(); }));

    // One of them will fail on the server.
    const ApiToken unlucky = stale.at(2);
    sandbox::FaultRule rule;
    rule.pathPattern = QRegularExpression(QRegularExpression::escape(unlucky.id) + u"$"_qs);
    rule.status = 500;
    rule.count = 0; // every time
    m_server.sandbox()->addFault(rule);

    // Revoke them in one job: the count is typed.
    m_pane->view()->selectAll();
    QVERIFY(m_pane->revokeButton()->isEnabled());
    int asked = 0;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        ++asked;
        QCOMPARE(dialog->request().count, int(stale.size()));
        QVERIFY(dialog->request().irreversible);
        dialog->setTypedText(QString::number(stale.size()));
        dialog->confirmButton()->click();
    });
    QSignalSpy started(m_pane->revokeFlow(), &TokenRevokeFlow::jobStarted);
    m_pane->revokeButton()->click();
    QTRY_COMPARE(started.size(), 1);
    auto *job = started.first().first().value<BulkJob *>();
    QTRY_VERIFY_WITH_TIMEOUT(job->status() == BulkJob::Status::Finished, 30000);
    QCOMPARE(asked, 1);
    QCOMPARE(job->items().size(), stale.size());
    QCOMPARE(job->count(JobItem::State::Done), stale.size() - 1);
    QCOMPARE(job->count(JobItem::State::Failed), 1);

    // Each result is shown: done, and the one failure with its reason.
    QList<QStringList> shown;
    QTRY_COMPARE((shown = resultsShown(job)).size(), stale.size());
    for (int row = 0; row < shown.size(); ++row) {
        const JobItem &item = job->items().at(row);
        QVERIFY(shown.at(row).at(0).startsWith(item.label));
        if (item.id == unlucky.id) {
            QCOMPARE(shown.at(row).at(1), u"Failed"_qs);
            QVERIFY(shown.at(row).at(2).contains(u"500"_qs));
        } else {
            QCOMPARE(shown.at(row).at(1), u"Done"_qs);
        }
    }
    QVERIFY(requestsLike("DELETE", unlucky.id) >= 1);

    // What is left: the failed token stays in the table; the revoked ones are gone.
    QTRY_COMPARE(shownTokens().size(), 1);
    QCOMPARE(shownTokens().first().id, unlucky.id);

    // Export what is left: the columns shown, the rows shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"left.csv"_qs);
    QString error;
    QVERIFY2(m_pane->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(u"Label,Person,Created,Expires,Last active"_qs));
    QVERIFY(lines.last().startsWith(unlucky.label + u','));
    QVERIFY(lines.last().contains(unlucky.owner.name));
    // Dates as dates: ISO 8601, UTC, whatever the table shows ("In 5 days").
    QVERIFY(lines.last().contains(unlucky.createdAt.toUTC().toString(Qt::ISODate)));

    // And the server agrees: of the stale ones, only the unlucky one is left.
    m_server.sandbox()->clearFaults();
    m_pane->refresh();
    waitForEverything();
    QCOMPARE(shownTokens().size(), 1);
}

void TestApiTokensPane::statusAndDateFiltersReachTheServer()
{
    const QDate after(2025, 1, 1);
    m_pane->dateFilter()->setCreatedAfter(after);
    m_pane->statusFilter()->setCurrentIndex(m_pane->statusFilter()->findData(u"EXPIRED"_qs));
    m_pane->model()->fetchAll();
    waitForEverything();
    const QList<ApiToken> tokens = shownTokens();
    QVERIFY(!tokens.isEmpty());
    for (const ApiToken &token : tokens) {
        QCOMPARE(token.status, u"EXPIRED"_qs);
        QVERIFY(token.createdAt.date() >= after);
    }
    const auto received = m_server.sandbox()->receivedRequests();
    const auto last = std::find_if(received.rbegin(), received.rend(), [](const auto &request) {
        return request.path.endsWith(u"/api-tokens"_qs);
    });
    QVERIFY(last != received.rend());
    QCOMPARE(last->query.queryItemValue(u"status"_qs), u"EXPIRED"_qs);
    QCOMPARE(last->query.queryItemValue(u"createdAtSearchType"_qs), u"range"_qs);
    QVERIFY(last->query.queryItemValue(u"createdAtFrom"_qs, QUrl::FullyDecoded)
                .startsWith(u"2025-01-01T00:00:00"_qs));
}

void TestApiTokensPane::everyTokenGoesOnlyAfterTheOrgNameIsTyped()
{
    QTRY_VERIFY(!m_pane->model()->isLoading());
    QVERIFY(m_pane->model()->rowCount() > 0);
    // First time: the wrong name does not do, and Cancel revokes nothing.
    QString required;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"revokeEveryTokenDialog"_qs);
        required = dialog->requiredText();
        QVERIFY(dialog->request().details.contains(u"not only the ones listed here"_qs));
        dialog->setTypedText(QString::number(dialog->request().count));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->setTypedText(u"Acme"_qs);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reject();
    });
    QSignalSpy cancelled(m_pane->revokeFlow(), &TokenRevokeFlow::cancelled);
    m_pane->revokeEveryToken();
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(required, u"Acme Robotics"_qs); // the organization's name, from the API
    QCOMPARE(requestsLike("DELETE", u"/api-tokens"_qs), 0);

    // Then the name, typed: one DELETE, and the table empties.
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        dialog->setTypedText(dialog->requiredText());
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
    });
    QSignalSpy revoked(m_pane->revokeFlow(), &TokenRevokeFlow::everyTokenRevoked);
    m_pane->revokeEveryToken();
    QTRY_COMPARE(revoked.size(), 1);
    QCOMPARE(requestsLike("DELETE", u"/api-tokens"_qs), 1);
    QTRY_VERIFY(!m_pane->model()->isLoading() && !m_pane->model()->hasMore());
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->model()->totalCount(), 0);
}

// Not a check: with ORGDESK_SCREENSHOT_DIR set (run it under xvfb-run with QT_QPA_PLATFORM=xcb
// for real fonts), saves api-keys.png and api-tokens.png of the window, a risky row picked.
void TestApiTokensPane::screenshotsOfBothAreas()
{
    const QString directory = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set ORGDESK_SCREENSHOT_DIR to save screenshots.");
    m_window->resize(1500, 900);
    // Picks the first row that is wanted; returns its label (the detail pane's title).
    auto pick = [](SecurityAreaPane *pane, const std::function<bool(int)> &wanted) {
        QAbstractItemModel *shown = pane->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (wanted(pane->proxy()->mapToSource(shown->index(row, 0)).row())) {
                pane->view()->selectRow(row);
                pane->view()->scrollTo(shown->index(row, 0));
                return shown->index(row, 0).data().toString();
            }
        }
        return QString();
    };
    m_window->showArea(u"apiKeys"_qs);
    auto *keys = qobject_cast<ApiKeysPane *>(m_window->pane(u"apiKeys"_qs));
    QTRY_VERIFY(keys->model()->rowCount() > 0 && !keys->model()->isLoading());
    const QString key = pick(keys, [keys](int row) {
        const auto risk =
            AccessRisk::Flags(keys->model()->index(row, 0).data(PagedTableModel::RiskRole).toInt());
        return risk.testFlag(AccessRisk::ExpiresVerySoon) &&
               risk.testFlag(AccessRisk::OwnerInactive);
    });
    QVERIFY(!key.isEmpty());
    QTRY_COMPARE(keys->detailPane()->title(), key);
    QVERIFY(m_window->grab().save(directory + u"/api-keys.png"_qs));

    m_window->showArea(u"apiTokens"_qs);
    m_pane->filterBox()->setPreset(u"unused"_qs, 90);
    waitForEverything();
    const QString token = pick(m_pane, [this](int row) {
        return m_pane->model()->riskAt(row).testFlag(AccessRisk::OwnerInactive) &&
               m_pane->model()->riskAt(row).testFlag(AccessRisk::Stale);
    });
    QVERIFY(!token.isEmpty());
    QTRY_COMPARE(m_pane->detailPane()->title(), token);
    // The person's other tokens (or why they could not be read), in a section of their own.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detailPane()->text().contains(u"This person's"_qs), 10000);
    QVERIFY(m_window->grab().save(directory + u"/api-tokens.png"_qs));
}

QTEST_MAIN(TestApiTokensPane)
#include "tst_apitokenspane.moc"
