// The Policies area as a person uses it (offscreen): add an IP range to an allowlist through
// the editor and watch it go applying -> applied; a bad CIDR is marked and never sent; resources
// read as workspace names; add a resource picked by name or typed as an ARI; delete with the word
// typed; add people to an authentication policy and read a result per person; data security is
// read-only.
#include "AuthPolicyAddDialog.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "PeopleFixture.h"
#include "PoliciesModel.h"
#include "PoliciesPane.h"
#include "PolicyDetailView.h"
#include "PolicyEditDialog.h"
#include "ResourceDialog.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "WorkspaceDirectory.h"
#include "WorkspacePicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

class TestPoliciesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsARangeAndWatchesItApply();
    void badRangeIsMarkedAndNeverSent();
    void showsResourcesAsWorkspaces();
    void addsAPickedWorkspaceThatApplies();
    void addsAResourceByItsAri();
    void deletesAfterTheWordIsTyped();
    void validatesThenRemovesAResource();
    void createsADataResidencyPolicy();
    void addsPeopleToAnAuthenticationPolicy();
    void dataSecurityIsReadOnly();

private:
    bool selectByName(const QString &name);
    int writesReceived() const;
    QString resourceStatuses() const;

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<PoliciesPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPoliciesPane::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Writes policies: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 6}));
}

void TestPoliciesPane::init()
{
    m_server.sandbox()->setPolicyApplyDelay(800);
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_pane = std::make_unique<PoliciesPane>(m_connection.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->setWatchInterval(50);
    m_pane->setAuthPollDelay(50);
    m_pane->resize(1100, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitFor([&] { return m_pane->model()->rowCount() >= 3; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return WorkspaceDirectory::of(m_connection.get())->isLoaded(); },
                            10000));
    m_server.sandbox()->clearReceivedRequests();
}

void TestPoliciesPane::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_tester.reset();
    m_pane.reset();
    m_connection.reset();
}

bool TestPoliciesPane::selectByName(const QString &name)
{
    for (const Policy &policy : m_pane->model()->policies()) {
        if (policy.name == name)
            return m_pane->selectPolicy(policy.id);
    }
    return false;
}

int TestPoliciesPane::writesReceived() const
{
    int writes = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        // A workspace search is a POST that reads.
        writes += request.method != "GET" && !request.path.endsWith(u"/workspaces");
    }
    return writes;
}

QString TestPoliciesPane::resourceStatuses() const
{
    QStringList statuses;
    const QTableWidget *table = m_pane->detail()->resources();
    for (int row = 0; row < table->rowCount(); ++row)
        statuses.append(table->item(row, 1)->text());
    return statuses.join(u',');
}

void TestPoliciesPane::addsARangeAndWatchesItApply()
{
    QVERIFY(selectByName(u"Office networks"_qs));
    QVERIFY(resourceStatuses().contains(u"Applied"));
    QVERIFY(!resourceStatuses().contains(u"Applying"));
    m_pane->findChild<QPushButton *>(u"editPolicy"_qs)->click();
    auto *dialog = m_pane->findChild<PolicyEditDialog *>();
    QVERIFY(dialog);
    QPlainTextEdit *rules = dialog->rulesEditor();
    QVERIFY(rules->toPlainText().contains(u"203.0.113.0/24"));
    rules->moveCursor(QTextCursor::End);
    QTest::keyClick(rules, Qt::Key_Return);
    QTest::keyClicks(rules, u"10.20.0.0/16"_qs);
    QVERIFY(dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->ranges().last(), u"10.20.0.0/16"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    // 202: the dialog closes and the resources read "Applying…" straight away...
    QVERIFY(QTest::qWaitFor([&] { return !m_pane->findChild<PolicyEditDialog *>(); }, 10000));
    QVERIFY2(resourceStatuses().contains(u"Applying\u2026"), qPrintable(resourceStatuses()));
    QVERIFY(m_pane->detail()->text().contains(u"10.20.0.0/16"));
    QCOMPARE(writesReceived(), 1);
    sandbox::ReceivedRequest put;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == "PUT")
            put = request;
    }
    const QJsonArray sent = QJsonDocument::fromJson(put.body)
                                .object()[u"data"][u"attributes"][u"rule"][u"in"]
                                .toArray();
    QVERIFY(sent.contains(u"10.20.0.0/16"_qs));
    QVERIFY(sent.contains(u"2001:db8:1200::/40"_qs));

    // ...and, refreshed by the pane, "Applied" once the sandbox has applied them.
    QVERIFY(QTest::qWaitFor([&] { return !resourceStatuses().contains(u"Applying"); }, 10000));
    QCOMPARE(resourceStatuses(), u"Applied,Applied"_qs);
    QVERIFY2(m_pane->statusText().contains(u"is applied"), qPrintable(m_pane->statusText()));
    QVERIFY(m_pane->model()
                ->data(m_pane->model()->index(0, PoliciesModel::Resources))
                .toString()
                .contains(u"applied"));
}

void TestPoliciesPane::badRangeIsMarkedAndNeverSent()
{
    m_pane->findChild<QPushButton *>(u"newPolicy"_qs)->click();
    auto *dialog = m_pane->findChild<PolicyEditDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"Branch"_qs);
    for (const QString &line : {u"192.0.2.0/24"_qs, u"10.0.0.300/24"_qs, u"10.1.2.3/8"_qs}) {
        QTest::keyClicks(dialog->rulesEditor(), line);
        QTest::keyClick(dialog->rulesEditor(), Qt::Key_Return);
    }
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY2(dialog->ruleProblemText().contains(u"Line 2"), qPrintable(dialog->ruleProblemText()));
    QVERIFY(dialog->ruleProblemText().contains(u"Line 3"));
    QVERIFY(dialog->ruleProblemText().contains(u"10.0.0.0/8")); // the range meant
    QCOMPARE(dialog->rulesEditor()->extraSelections().size(), 2);
    QCOMPARE(dialog->applyButton()->toolTip(), dialog->ruleProblemText());

    dialog->accept(); // Enter: refused in place
    QVERIFY(QTest::qWaitFor([&] { return !dialog->problemText().isEmpty(); }, 5000));
    QVERIFY(m_pane->findChild<PolicyEditDialog *>());
    QCOMPARE(dialog->problemText(), dialog->ruleProblemText());
    QCOMPARE(writesReceived(), 0); // and once the fixed one is in, it is the only write

    // Fixing the lines sends it.
    dialog->rulesEditor()->setPlainText(u"192.0.2.0/24\n10.0.0.0/8"_qs);
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(dialog->ruleProblemText().isEmpty());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_pane->findChild<PolicyEditDialog *>(); }, 10000));
    QCOMPARE(writesReceived(), 1);
    QCOMPARE(m_pane->selectedPolicy().name, u"Branch"_qs);
    QCOMPARE(m_pane->selectedPolicy().rule, (QStringList{u"192.0.2.0/24"_qs, u"10.0.0.0/8"_qs}));
}

void TestPoliciesPane::showsResourcesAsWorkspaces()
{
    QVERIFY(selectByName(u"Office networks"_qs));
    const QTableWidget *table = m_pane->detail()->resources();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY2(m_pane->detail()->text().contains(u"acme-robotics \u00b7 Jira\tApplied"),
             qPrintable(m_pane->detail()->text()));
    QVERIFY(m_pane->detail()->text().contains(u"acme-robotics \u00b7 Confluence\tApplied"));
    QVERIFY(!m_pane->detail()->text().contains(u"ari:cloud"));
    // The ARI is still there: in the tooltip, and what the actions name.
    QVERIFY(table->item(0, 0)->toolTip().startsWith(u"ari:cloud:jira-software::site/"));
    m_pane->detail()->resources()->selectRow(0);
    QCOMPARE(m_pane->detail()->selectedResourceId(), table->item(0, 0)->toolTip());
}

void TestPoliciesPane::addsAPickedWorkspaceThatApplies()
{
    QVERIFY(selectByName(u"Finance VPN only"_qs));
    QCOMPARE(m_pane->detail()->resources()->rowCount(), 0);
    m_pane->findChild<QPushButton *>(u"addResource"_qs)->click();
    auto *dialog = m_pane->findChild<ResourceDialog *>();
    QVERIFY(dialog && dialog->picker());
    QVERIFY(!dialog->isEnteringAri());
    QVERIFY(dialog->idField()->isHidden());
    WorkspacePicker *picker = dialog->picker();
    QVERIFY(QTest::qWaitFor([&] { return !picker->isLoading(); }, 10000));
    QVERIFY(picker->workspaceCount() > 1);
    dialog->accept(); // nothing picked: refused in place
    QVERIFY2(dialog->problemText().contains(u"Pick"), qPrintable(dialog->problemText()));

    picker->setSearchText(u"acme-labs"_qs);
    QVERIFY(QTest::qWaitFor([&] { return !picker->isLoading() && picker->workspaceCount() == 1; },
                            10000));
    const QString ari = picker->selectedWorkspaceId(); // the only one is selected
    QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
    QVERIFY(ari.startsWith(u"ari:cloud:jira-software::site/"));
    QCOMPARE(writesReceived(), 0);
    PeopleFixture::shoot(dialog, u"policy-add-resource.png"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_pane->findChild<ResourceDialog *>(); }, 10000));

    QCOMPARE(writesReceived(), 1);
    sandbox::ReceivedRequest post;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == "POST" && request.path.endsWith(u"/resources"))
            post = request;
    }
    QVERIFY2(post.body.contains(ari.toUtf8()), post.body.constData());
    QVERIFY2(resourceStatuses() == u"Applying\u2026", qPrintable(resourceStatuses()));
    QVERIFY2(m_pane->statusText().contains(u"acme-labs \u00b7 Jira"),
             qPrintable(m_pane->statusText()));
    QVERIFY(QTest::qWaitFor([&] { return resourceStatuses() == u"Applied"; }, 10000));
    QCOMPARE(m_pane->selectedPolicy().resources.size(), 1);
    QCOMPARE(m_pane->selectedPolicy().resources.first().id, ari);
    QVERIFY(m_pane->detail()->text().contains(u"acme-labs \u00b7 Jira\tApplied"));
}

void TestPoliciesPane::addsAResourceByItsAri()
{
    QVERIFY(selectByName(u"Finance VPN only"_qs));
    const int before = m_pane->detail()->resources()->rowCount();
    m_pane->findChild<QPushButton *>(u"addResource"_qs)->click();
    auto *dialog = m_pane->findChild<ResourceDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QToolButton *>(u"enterAri"_qs)->click();
    QVERIFY(dialog->isEnteringAri());
    QVERIFY(!dialog->idField()->isHidden());
    QVERIFY(!dialog->picker()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !dialog->picker()->isLoading(); }, 10000));
    PeopleFixture::shoot(dialog, u"policy-add-resource-ari.png"_qs);
    QTest::keyClicks(dialog->idField(), u"finance-site"_qs);
    dialog->accept();
    QVERIFY(dialog->problemText().contains(u"ARI"));
    QCOMPARE(writesReceived(), 0);
    // A site not among the workspaces: it reads as its ARI.
    const QString ari = u"ari:cloud:confluence::site/finance-wiki"_qs;
    dialog->idField()->setText(ari);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !m_pane->findChild<ResourceDialog *>(); }, 10000));
    QCOMPARE(m_pane->detail()->resources()->rowCount(), before + 1);
    QVERIFY(resourceStatuses().contains(u"Applying\u2026"));
    QVERIFY(QTest::qWaitFor([&] { return !resourceStatuses().contains(u"Applying"); }, 10000));
    QVERIFY2(m_pane->detail()->text().contains(ari + u"\tApplied"_qs),
             qPrintable(m_pane->detail()->text()));
    QCOMPARE(writesReceived(), 1);
}

void TestPoliciesPane::deletesAfterTheWordIsTyped()
{
    QVERIFY(selectByName(u"Contractors' gateway"_qs));
    const QString id = m_pane->selectedPolicy().id;
    QStringList asked;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        asked.append(dialog->request().question);
        QVERIFY(dialog->request().irreversible);
        dialog->setTypedText(u"1"_qs);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->setTypedText(dialog->requiredText());
        dialog->accept();
    });
    m_pane->findChild<QPushButton *>(u"deletePolicy"_qs)->click();
    QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 5000));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"Contractors' gateway"));
    QVERIFY(QTest::qWaitFor([&] { return m_pane->model()->rowOf(id) < 0; }, 10000));
    QVERIFY(m_pane->statusText().contains(u"deleted"));
    QCOMPARE(writesReceived(), 1);
    bool deleted = false;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        deleted |= request.method == "DELETE" && request.path.endsWith(id);
    QVERIFY(deleted);
}

void TestPoliciesPane::validatesThenRemovesAResource()
{
    QVERIFY(selectByName(u"Office networks"_qs));
    m_pane->findChild<QPushButton *>(u"validatePolicy"_qs)->click();
    QVERIFY(QTest::qWaitFor([&] { return m_pane->statusText().contains(u"passed"); }, 10000));
    QVERIFY(m_server.sandbox()->receivedRequests().last().path.endsWith(u"/validate"));

    QVERIFY(!m_pane->findChild<QPushButton *>(u"removeResource"_qs)->isEnabled());
    m_pane->detail()->resources()->selectRow(0);
    const QString resourceId = m_pane->detail()->selectedResourceId();
    QVERIFY(resourceId.startsWith(u"ari:cloud:"));
    QStringList asked;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        asked.append(dialog->request().question);
        QVERIFY(!dialog->request().irreversible);
        dialog->accept();
    });
    m_pane->findChild<QPushButton *>(u"removeResource"_qs)->click();
    QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 5000));
    QVERIFY2(asked.first().contains(u"acme-robotics \u00b7 Jira"), qPrintable(asked.first()));
    QVERIFY(
        QTest::qWaitFor([&] { return resourceStatuses() == u"Removing\u2026,Applied"; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return resourceStatuses() == u"Applied"; }, 10000));
    QCOMPARE(writesReceived(), 1);
}

void TestPoliciesPane::createsADataResidencyPolicy()
{
    m_pane->setKind(PoliciesPane::Kind::DataResidency);
    QVERIFY(QTest::qWaitFor([&] { return m_pane->model()->rowCount() >= 1; }, 10000));
    auto *create = m_pane->findChild<QPushButton *>(u"newPolicy"_qs);
    QVERIFY(create->text().contains(u"data-residency"));
    create->click();
    auto *dialog = m_pane->findChild<PolicyEditDialog *>();
    QVERIFY(dialog && dialog->realmBox() && !dialog->rulesEditor());
    QTest::keyClicks(dialog->nameField(), u"Japan"_qs);
    dialog->realmBox()->setCurrentIndex(dialog->realmBox()->findData(u"jp"_qs));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_pane->selectedPolicy().name == u"Japan"; }, 10000));
    QCOMPARE(m_pane->selectedPolicy().rule, QStringList{u"jp"_qs});
    QCOMPARE(Policy::typeKey(m_pane->selectedPolicy().type), u"data-residency"_qs);
}

void TestPoliciesPane::addsPeopleToAnAuthenticationPolicy()
{
    m_server.sandbox()->setPolicyApplyDelay(300);
    m_pane->findChild<QPushButton *>(u"authPolicy"_qs)->click();
    auto *id = m_pane->findChild<QLineEdit *>(u"authPolicyId"_qs);
    auto *add = m_pane->findChild<QPushButton *>(u"addPeople"_qs);
    QVERIFY(id && add);
    QVERIFY(!add->isEnabled());
    id->setText(u"5e7ba1d0-ca11-4e5e-9a11-000000000003"_qs);
    QVERIFY(add->isEnabled());
    add->click();
    auto *dialog = m_pane->findChild<AuthPolicyAddDialog *>();
    QVERIFY(dialog);
    dialog->input()->setPlainText(u"Nobody <nobody@nowhere.example>, ghost@nowhere.example"_qs);
    QCOMPARE(dialog->addButton()->text(), u"Add 2 people"_qs);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog->results()->rowCount() == 2; }, 10000));
    QCOMPARE(dialog->results()->item(0, 0)->text(), u"nobody@nowhere.example"_qs);
    QVERIFY(dialog->results()->item(0, 1)->text().startsWith(u"Not found"));
    QVERIFY2(dialog->statusText().contains(u"0 of 2"), qPrintable(dialog->statusText()));
}

void TestPoliciesPane::dataSecurityIsReadOnly()
{
    m_pane->setKind(PoliciesPane::Kind::DataSecurity);
    QVERIFY(QTest::qWaitFor([&] { return m_pane->model()->rowCount() >= 2; }, 10000));
    m_pane->view()->selectRow(0);
    QVERIFY(m_pane->detail()->text().contains(u"Read-only"));
    QVERIFY(m_pane->findChild<QPushButton *>(u"editPolicy"_qs)->isHidden());
    QVERIFY(m_pane->findChild<QPushButton *>(u"addResource"_qs)->isHidden());
    QCOMPARE(writesReceived(), 0);
}

QTEST_MAIN(TestPoliciesPane)
#include "tst_policiespane.moc"
