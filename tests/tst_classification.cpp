// Data classification levels (DLP API): the life cycle against the sandbox, reordering by drag
// and drop on the model (the body the server received, the order it keeps, the rollback when it
// refuses), and the area as a person uses it (offscreen): create a draft and publish it, archive
// and restore, the form's checks, the export.

#include "ApiClient.h"
#include "ClassificationLevelDialog.h"
#include "ClassificationLevelsModel.h"
#include "ClassificationPane.h"
#include "ClassificationService.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "MessagePanel.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString restricted = u"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01"_qs;
const QString internal = u"3f4a5b6c-7d8e-4f90-b1a2-c3d4e5f60704"_qs;
const QString topSecret = u"5b6c7d8e-9fa0-4b12-93c4-e5f607182906"_qs; // archived

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listIsInSensitivityOrder();
    void lifeCycle();
    void refusals_data();
    void refusals();
    void dropSendsTheNewOrder();
    void moveRowsDownSendsTheNewOrder();
    void refusedReorderPutsTheOldOrderBack();
    void paneCreatesADraftAndPublishesIt();
    void paneArchivesAfterAskingAndRestores();
    void paneSaysWhenTheOrderWasNotSaved();
    void keyboardMovesThePickedLevel();
    void formChecksItsFields();
    void paneExportsTheLevelsShown();

private:
    QList<ClassificationLevel> levels();
    ApiResult<ClassificationLevel> create(const ClassificationLevelFields &fields);
    ApiError done(const std::function<ApiReply *(std::function<void(const ApiError &)>)> &call);
    QList<QStringList> reorderBodies() const;
    std::unique_ptr<ClassificationLevelsModel> loadedModel();

    std::unique_ptr<TestServer> m_server; // a fresh org per test: the levels change
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ClassificationService> m_service;
};

void TestClassification::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start(sandbox::SandboxOptions{0, 40, 9}));
    if (m_server->isExternal())
        QSKIP("Creates, publishes and archives levels: sandbox only.");
    m_connection =
        std::make_unique<Connection>(m_server->baseUrl(), m_server->orgId(), m_server->apiKey());
    m_service = std::make_unique<ClassificationService>(m_connection->client(), m_server->orgId());
}

void TestClassification::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_service.reset();
    m_connection.reset();
    m_server.reset();
}

QList<ClassificationLevel> TestClassification::levels()
{
    std::optional<ApiResult<QList<ClassificationLevel>>> answer;
    m_service->levels(this, [&](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
        return {};
    return answer->value;
}

ApiResult<ClassificationLevel> TestClassification::create(const ClassificationLevelFields &fields)
{
    std::optional<ApiResult<ClassificationLevel>> answer;
    m_service->create(fields, this, [&](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return {{}, ApiError::timeout()};
    return *answer;
}

ApiError TestClassification::done(
    const std::function<ApiReply *(std::function<void(const ApiError &)>)> &call)
{
    std::optional<ApiError> answer;
    call([&](const ApiError &error) { answer = error; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return ApiError::timeout();
    return *answer;
}

QList<QStringList> TestClassification::reorderBodies() const
{
    QList<QStringList> bodies;
    for (const auto &request : m_server->sandbox()->receivedRequests()) {
        if (request.method != "POST" || !request.path.endsWith(u"/reorder"_qs))
            continue;
        QStringList ids;
        for (const QJsonValue &id :
             QJsonDocument::fromJson(request.body).object().value(u"levelIds"_qs).toArray())
            ids.append(id.toString());
        bodies.append(ids);
    }
    return bodies;
}

std::unique_ptr<ClassificationLevelsModel> TestClassification::loadedModel()
{
    auto model = std::make_unique<ClassificationLevelsModel>(m_service.get());
    // Owned by the model: checks it from the first load on, for as long as it lives.
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    QSignalSpy loaded(model.get(), &PagedTableModel::firstPageLoaded);
    model->reload();
    if (!loaded.wait(10000))
        qWarning("the levels did not load");
    return model;
}

void TestClassification::listIsInSensitivityOrder()
{
    const QList<ClassificationLevel> all = levels();
    QCOMPARE(all.size(), 6);
    QStringList names;
    for (const ClassificationLevel &level : all)
        names.append(level.name);
    QCOMPARE(names, (QStringList{u"Restricted"_qs, u"Confidential"_qs, u"Partner shared"_qs,
                                 u"Internal"_qs, u"Public"_qs, u"Top secret"_qs}));
    QCOMPARE(all.at(0).sensitivity, 1);
    QCOMPARE(all.at(0).color, u"RED"_qs);
    QCOMPARE(all.at(0).status, ClassificationLevel::Status::Published);
    QCOMPARE(all.at(2).status, ClassificationLevel::Status::Draft);
    QCOMPARE(all.at(5).status, ClassificationLevel::Status::Archived);
    QVERIFY(!all.at(0).definition.isEmpty() && !all.at(0).guideline.isEmpty());
    QVERIFY(!all.at(0).createdBy.isEmpty() && all.at(0).createdOn.isValid());
    QCOMPARE(all.at(0).orgId, m_server->orgId());
}

void TestClassification::lifeCycle()
{
    // Create: a draft, the least sensitive of the levels that are not archived.
    const ApiResult<ClassificationLevel> created = create(
        {u"Customer data"_qs, u"Anything about a customer"_qs, u"Need to know"_qs, u"PURPLE"_qs});
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    QCOMPARE(created.value.status, ClassificationLevel::Status::Draft);
    QCOMPARE(created.value.sensitivity, 6);
    const QString id = created.value.levelId;
    auto post = [&](const char *path) {
        for (const auto &request : m_server->sandbox()->receivedRequests()) {
            if (request.method == "POST" && request.path.endsWith(QLatin1String(path)))
                return request;
        }
        return sandbox::ReceivedRequest{};
    };
    QCOMPARE(QJsonDocument::fromJson(post("/classification-levels").body)[u"color"_qs].toString(),
             u"PURPLE"_qs);

    // Edit.
    std::optional<ApiResult<ClassificationLevel>> edited;
    m_service->edit(id,
                    {u"Customer data"_qs, u"Anything about a customer"_qs,
                     u"Share with the account team only"_qs, u"NAVY"_qs},
                    this, [&](const auto &result) { edited = result; });
    QTRY_VERIFY(edited.has_value());
    QVERIFY(edited->ok());
    QCOMPARE(edited->value.color, u"NAVY"_qs);
    QCOMPARE(edited->value.guideline, u"Share with the account team only"_qs);

    // Publish, archive, restore.
    QVERIFY(!done([&](auto cb) { return m_service->publish({id}, this, cb); }).isError());
    QCOMPARE(QJsonDocument::fromJson(post("/publish").body)[u"levelIds"_qs].toArray(),
             QJsonArray{id});
    QCOMPARE(levels().at(5).status, ClassificationLevel::Status::Published);
    QVERIFY(!done([&](auto cb) { return m_service->archive(id, this, cb); }).isError());
    QList<ClassificationLevel> after = levels();
    QCOMPARE(after.last().levelId, id); // archived levels come last
    QCOMPARE(after.last().status, ClassificationLevel::Status::Archived);
    // An archived level cannot be edited nor published; it can be restored, as a draft.
    std::optional<ApiResult<ClassificationLevel>> refused;
    m_service->edit(id, {u"Customer data"_qs, {}, {}, u"RED"_qs}, this,
                    [&](const auto &result) { refused = result; });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->error.httpStatus(), 409);
    QCOMPARE(refused->error.serverCode(), u"DLP-409-2"_qs);
    QVERIFY(refused->error.userMessage().contains(u"restore it first"_qs));
    const ApiError publishArchived =
        done([&](auto cb) { return m_service->publish({id}, this, cb); });
    QCOMPARE(publishArchived.httpStatus(), 409);
    QVERIFY(!done([&](auto cb) { return m_service->restore(id, this, cb); }).isError());
    after = levels();
    QCOMPARE(after.at(5).levelId, id);
    QCOMPARE(after.at(5).status, ClassificationLevel::Status::Draft);
    const ApiError restoreAgain = done([&](auto cb) { return m_service->restore(id, this, cb); });
    QCOMPARE(restoreAgain.httpStatus(), 409);
}

void TestClassification::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no name") << QString() << u"RED"_qs << 400 << u"DLP-400-1"_qs;
    QTest::newRow("name taken") << u"PUBLIC"_qs << u"RED"_qs << 409 << u"DLP-409-1"_qs;
    QTest::newRow("name of an archived level")
        << u"Top secret"_qs << u"RED"_qs << 409 << u"DLP-409-1"_qs;
    QTest::newRow("colour not in the palette")
        << u"Pink"_qs << u"PINK"_qs << 400 << u"DLP-400-1"_qs;
    QTest::newRow("name too long") << QString(51, u'x') << u"RED"_qs << 400 << u"DLP-400-1"_qs;
}

void TestClassification::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiResult<ClassificationLevel> result = create({name, {}, {}, color});
    QCOMPARE(result.error.httpStatus(), status);
    QCOMPARE(result.error.serverCode(), code);
    QVERIFY(!result.error.serverMessage().isEmpty());
    QCOMPARE(levels().size(), 6); // nothing made

    // Reordering must name exactly the levels that are not archived.
    const ApiError some = done([&](auto cb) { return m_service->reorder({internal}, this, cb); });
    QCOMPARE(some.httpStatus(), 400);
    QStringList withArchived;
    for (const ClassificationLevel &level : levels())
        withArchived.append(level.levelId);
    const ApiError archived =
        done([&](auto cb) { return m_service->reorder(withArchived, this, cb); });
    QCOMPARE(archived.httpStatus(), 400);
    QVERIFY(archived.serverMessage().contains(u"archived"_qs));
    const ApiError unknown =
        done([&](auto cb) { return m_service->archive(u"nope"_qs, this, cb); });
    QCOMPARE(unknown.httpStatus(), 404);
    QCOMPARE(unknown.kind(), ApiError::Kind::NotFound);
}

void TestClassification::dropSendsTheNewOrder()
{
    std::unique_ptr<ClassificationLevelsModel> model = loadedModel();
    QCOMPARE(model->rowCount(), 5); // archived hidden
    QCOMPARE(model->levelAt(3).levelId, internal);
    m_server->sandbox()->clearReceivedRequests();
    QSignalSpy saved(model.get(), &ClassificationLevelsModel::reordered);

    // What the view does on a drop: the dragged row's mime data, dropped before row 0.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(3, 0)}));
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {})); // the view removes nothing
    QCOMPARE(model->levelAt(0).name, u"Internal"_qs);
    QCOMPARE(model->index(0, ClassificationLevelsModel::Sensitivity).data().toString(), u"1"_qs);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(saved.wait(10000));

    const QStringList expected = {internal, restricted, u"1d2e3f4a-5b6c-4d7e-9f80-a1b2c3d4e502"_qs,
                                  u"2e3f4a5b-6c7d-4e8f-a091-b2c3d4e5f603"_qs,
                                  u"4a5b6c7d-8e9f-4a01-82b3-d4e5f6071805"_qs};
    QCOMPARE(reorderBodies(), QList<QStringList>{expected});
    // The server keeps it: Internal is now the most sensitive.
    const QList<ClassificationLevel> after = levels();
    QCOMPARE(after.first().levelId, internal);
    QCOMPARE(after.first().sensitivity, 1);
    QCOMPARE(after.last().levelId, topSecret);

    // Dropped onto a level: it takes that level's place. An archived level cannot be dragged.
    model->setShowArchived(true);
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(!(model->flags(model->index(5, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY(!model->mimeData({model->index(5, 0)}));
    std::unique_ptr<QMimeData> first(model->mimeData({model->index(0, 0)}));
    model->dropMimeData(first.get(), Qt::MoveAction, -1, -1, model->index(2, 0));
    QCOMPARE(model->levelAt(2).levelId, internal);
    QVERIFY(saved.wait(10000));
    QCOMPARE(reorderBodies().last().at(2), internal);
    QCOMPARE(reorderBodies().last().size(), 5);
}

void TestClassification::moveRowsDownSendsTheNewOrder()
{
    std::unique_ptr<ClassificationLevelsModel> model = loadedModel();
    m_server->sandbox()->clearReceivedRequests();
    QSignalSpy saved(model.get(), &ClassificationLevelsModel::reordered);
    // Restricted goes below Internal (before row 4).
    QVERIFY(model->moveRows({}, 0, 1, {}, 4));
    QCOMPARE(model->levelAt(3).levelId, restricted);
    QVERIFY(saved.wait(10000));
    QCOMPARE(reorderBodies().size(), 1);
    QCOMPARE(reorderBodies().first().at(3), restricted);
    QCOMPARE(levels().at(3).levelId, restricted);
}

void TestClassification::refusedReorderPutsTheOldOrderBack()
{
    std::unique_ptr<ClassificationLevelsModel> model = loadedModel();
    sandbox::FaultRule fault;
    fault.pathPattern = QRegularExpression(u"/reorder$"_qs);
    fault.status = 403;
    m_server->sandbox()->addFault(fault);
    QSignalSpy failed(model.get(), &ClassificationLevelsModel::reorderFailed);
    QVERIFY(model->moveLevel(4, 0));
    QCOMPARE(model->levelAt(0).name, u"Public"_qs);
    QVERIFY(failed.wait(10000));
    QCOMPARE(model->levelAt(0).name, u"Restricted"_qs);
    QCOMPARE(model->levelAt(4).name, u"Public"_qs);
    QVERIFY(failed.first().first().toString().contains(u"not saved"_qs));
    QCOMPARE(levels().first().name, u"Restricted"_qs); // the server did not change either
}

void TestClassification::paneCreatesADraftAndPublishesIt()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.resize(1300, 700);
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    auto *count = pane.findChild<QLabel *>(u"classificationCount"_qs);
    QCOMPARE(count->text(), u"5 levels \u00b7 1 archived"_qs);
    QCOMPARE(pane.detailPane()->title(),
             u"Restricted"_qs); // the first time in, the first is explained
    QVERIFY(!pane.publishButton()->isEnabled());

    pane.newButton()->click();
    QTRY_VERIFY(pane.openDialog());
    ClassificationLevelDialog *dialog = pane.openDialog();
    dialog->nameEdit()->setText(u"Export controlled"_qs);
    dialog->definitionEdit()->setPlainText(u"Technical data under export control"_qs);
    dialog->guidelineEdit()->setPlainText(u"Only for people cleared by Legal"_qs);
    dialog->colorBox()->setCurrentIndex(dialog->colorBox()->findData(u"TEAL"_qs));
    QVERIFY(!dialog->colorBox()->itemIcon(dialog->colorBox()->currentIndex()).isNull());
    dialog->applyButton()->click();
    QTRY_VERIFY(!pane.openDialog());
    QTRY_COMPARE(pane.model()->rowCount(), 6);
    // The new draft is picked, last of the levels.
    QTRY_COMPARE(pane.detailPane()->title(), u"Export controlled"_qs);
    QCOMPARE(pane.detailPane()->value(u"Status"_qs), u"Draft"_qs);
    QCOMPARE(pane.model()->levelAt(5).name, u"Export controlled"_qs);
    QCOMPARE(pane.model()->index(5, ClassificationLevelsModel::Status).data().toString(),
             u"Draft"_qs);
    QVERIFY(!pane.model()
                 ->index(5, ClassificationLevelsModel::Name)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(pane.publishButton()->isEnabled());

    // The view drags rows within itself only, as moves.
    QCOMPARE(pane.view()->dragDropMode(), QAbstractItemView::InternalMove);
    QCOMPARE(pane.view()->defaultDropAction(), Qt::MoveAction);
    QVERIFY(pane.view()->dragEnabled());

    // Done-when: publish a new classification level.
    QStringList asked;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        asked.append(confirm->request().question);
        confirm->confirmButton()->click();
    });
    pane.publishButton()->click();
    QTRY_COMPARE(pane.model()->index(5, ClassificationLevelsModel::Status).data().toString(),
                 u"Published"_qs);
    QCOMPARE(asked, QStringList{u"Publish the level \u201cExport controlled\u201d?"_qs});
    QCOMPARE(pane.detailPane()->value(u"Status"_qs), u"Published"_qs);
    QVERIFY(!pane.publishButton()->isEnabled());
    QCOMPARE(levels().at(5).status, ClassificationLevel::Status::Published);
}

void TestClassification::paneArchivesAfterAskingAndRestores()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.resize(1300, 700);
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    QVERIFY(pane.selectLevel(u"Internal"_qs));
    // Cancel first: nothing is sent.
    QString details;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        details = confirm->request().details;
        confirm->reject();
    });
    m_server->sandbox()->clearReceivedRequests();
    pane.archiveButton()->click();
    QTRY_VERIFY(!details.isEmpty());
    QVERIFY(details.contains(u"becomes unclassified"_qs));
    // Nothing is sent: a request made after the answer is the only one the server gets.
    QCOMPARE(levels().size(), 6);
    const auto received = m_server->sandbox()->receivedRequests();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().method == "GET");

    ConfirmDialog::setTestResponder(
        [&](ConfirmDialog *confirm) { confirm->confirmButton()->click(); });
    pane.archiveButton()->click();
    QTRY_COMPARE(pane.model()->rowCount(), 4);
    QCOMPARE(pane.model()->rowOf(internal), -1);

    pane.showArchivedBox()->setChecked(true);
    QCOMPARE(pane.model()->rowCount(), 6);
    QVERIFY(pane.selectLevel(u"Internal"_qs));
    QVERIFY(pane.restoreButton()->isEnabled());
    QVERIFY(!pane.editButton()->isEnabled());
    pane.restoreButton()->click();
    QTRY_COMPARE(pane.model()->levelAt(pane.model()->rowOf(internal)).status,
                 ClassificationLevel::Status::Draft);

    // An archived level offers Restore only.
    QVERIFY(pane.selectLevel(u"Top secret"_qs));
    QVERIFY(!pane.archiveButton()->isEnabled());
    QVERIFY(!pane.publishButton()->isEnabled());
    QVERIFY(pane.restoreButton()->isEnabled());
}

void TestClassification::keyboardMovesThePickedLevel()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.resize(1300, 700);
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    QVERIFY(pane.selectLevel(u"Internal"_qs));
    m_server->sandbox()->clearReceivedRequests();
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(pane.model()->levelAt(2).levelId, internal);
    QCOMPARE(pane.detailPane()->title(), u"Internal"_qs); // still picked
    QTRY_COMPARE(reorderBodies().size(), 1);
    QCOMPARE(reorderBodies().first().at(2), internal);
    QTRY_VERIFY(!pane.model()->isReordering());
    pane.moveCurrent(-5); // as far as it goes: the most sensitive
    QCOMPARE(pane.model()->levelAt(0).levelId, internal);
    QTRY_COMPARE(reorderBodies().size(), 2);
    QCOMPARE(reorderBodies().last().first(), internal);
}

void TestClassification::paneSaysWhenTheOrderWasNotSaved()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.resize(1300, 700);
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    sandbox::FaultRule fault;
    fault.pathPattern = QRegularExpression(u"/reorder$"_qs);
    fault.status = 429;
    fault.retryAfter = "1";
    fault.count = 0; // every time: the client's waits run out
    m_server->sandbox()->addFault(fault);
    RetryPolicy quick;
    quick.maxRateLimitWaits = 0;
    m_connection->client()->setRetryPolicy(quick);
    QVERIFY(pane.model()->moveLevel(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(pane.problemBar()->isVisible(), 20000);
    QVERIFY(pane.problemBar()->text().contains(u"not saved"_qs));
    QVERIFY(pane.problemBar()->text().contains(u"rate limit"_qs));
    QCOMPARE(pane.model()->levelAt(0).name, u"Restricted"_qs);
}

void TestClassification::formChecksItsFields()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    pane.newButton()->click();
    QTRY_VERIFY(pane.openDialog());
    ClassificationLevelDialog *dialog = pane.openDialog();
    m_server->sandbox()->clearReceivedRequests();
    dialog->applyButton()->click();
    QVERIFY(dialog->problemText().contains(u"name"_qs));
    dialog->nameEdit()->setText(u"public"_qs);
    dialog->applyButton()->click();
    QVERIFY(dialog->problemText().contains(u"already a level"_qs));
    dialog->nameEdit()->setText(u"Top secret"_qs); // archived names count too
    dialog->applyButton()->click();
    QVERIFY(dialog->problemText().contains(u"already a level"_qs));
    dialog->nameEdit()->setText(u"Sensitive"_qs);
    dialog->applyButton()->click();
    QVERIFY(dialog->problemText().contains(u"colour"_qs));
    QVERIFY(m_server->sandbox()->receivedRequests().isEmpty());
    dialog->colorBox()->setCurrentIndex(1);
    // The server's refusal shows in place: the key is refused this once.
    sandbox::FaultRule fault;
    fault.pathPattern = QRegularExpression(u"/classification-levels$"_qs);
    fault.method = "POST";
    fault.status = 403;
    m_server->sandbox()->addFault(fault);
    dialog->applyButton()->click();
    QTRY_VERIFY(!dialog->isApplying());
    QVERIFY(!dialog->problemText().isEmpty());
    QVERIFY(dialog->isVisible());
    dialog->applyButton()->click();
    QTRY_VERIFY(!pane.openDialog());
    QTRY_VERIFY(pane.model()->rowOf(pane.model()->levelAt(5).levelId) == 5);
    QCOMPARE(pane.model()->levelAt(5).name, u"Sensitive"_qs);
}

void TestClassification::paneExportsTheLevelsShown()
{
    ClassificationPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    QTRY_COMPARE(pane.model()->rowCount(), 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"levels.csv"_qs);
    QString error;
    QVERIFY2(pane.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // the header and the levels that are not archived, as shown
    QVERIFY(lines.first().startsWith(u"#,Level,Status,Definition,Guideline"_qs));
    QVERIFY(lines.at(1).startsWith(u"1,Restricted,Published,"_qs));
    QVERIFY(lines.at(3).startsWith(u"3,Partner shared,Draft,"_qs));
}

QTEST_MAIN(TestClassification)
#include "tst_classification.moc"
