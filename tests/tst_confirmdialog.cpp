#include "ConfirmDialog.h"
#include "PeopleFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The confirmation scaled to what is at stake, answered from the test as a person would.
class TestConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { ConfirmDialog::setTestResponder(nullptr); }
    void namesTheFirstPeopleAndHowManyMore_data();
    void namesTheFirstPeopleAndHowManyMore();
    void irreversibleWaitsForTheCountTyped();
    void irreversibleForOneWaitsForTheWord();
    void requiredReasonWaitsForText();
    void askReportsTheAnswerAndTheReason();
    void askReportsACancel();
    void enterDoesNotConfirmSomethingIrreversible();
};

void TestConfirmDialog::namesTheFirstPeopleAndHowManyMore_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringList{u"Aiko Tanaka"_qs} << 1 << u"Aiko Tanaka"_qs;
    QTest::newRow("three") << QStringList{u"A"_qs, u"B"_qs, u"C"_qs} << 3 << u"A, B and C"_qs;
    QStringList twenty;
    for (int i = 1; i <= 20; ++i)
        twenty.append(u"Person %1"_qs.arg(i));
    QTest::newRow("twenty") << twenty << 20
                            << u"Person 1, Person 2, Person 3, Person 4, Person 5 and 15 more"_qs;
    QTest::newRow("fewer names than the count")
        << QStringList{u"A"_qs, u"B"_qs} << 300 << u"A, B and 298 more"_qs;
}

void TestConfirmDialog::namesTheFirstPeopleAndHowManyMore()
{
    QFETCH(QStringList, names);
    QFETCH(int, count);
    QFETCH(QString, expected);
    // Without translations loaded, "%n more" reads the same for one and many.
    QCOMPARE(ConfirmDialog::summarizeNames(names, count), expected);
}

void TestConfirmDialog::irreversibleWaitsForTheCountTyped()
{
    ConfirmRequest request;
    request.action = u"Delete account"_qs;
    request.question = u"Delete 20 accounts? They are deactivated now and deleted for good after "
                       u"14 days, unless the deletion is cancelled."_qs;
    request.names = {u"Aiko Tanaka"_qs,     u"Lars Johansson"_qs, u"Priya Sharma"_qs,
                     u"Mateus Oliveira"_qs, u"Zanele Dlamini"_qs, u"Fatima Al-Sayed"_qs};
    request.count = 20;
    request.irreversible = true;
    request.destructive = true;
    request.reason = ConfirmRequest::Reason::Optional;
    ConfirmDialog dialog(request);
    QCOMPARE(dialog.requiredText(), u"20"_qs);
    QVERIFY(dialog.findChild<QLabel *>(u"confirmWarning"_qs));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    auto *typed = dialog.findChild<QLineEdit *>(u"confirmTyped"_qs);
    QTest::keyClicks(typed, u"2"_qs);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(typed, u"0"_qs);
    QVERIFY(dialog.confirmButton()->isEnabled());
    dialog.show();
    PeopleFixture::shoot(&dialog, u"confirm-delete.png"_qs);
    QTest::keyClicks(typed, u"0"_qs);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.accept(); // refused while the text is wrong
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConfirmDialog::irreversibleForOneWaitsForTheWord()
{
    ConfirmRequest request;
    request.action = u"Remove from directory"_qs;
    request.question = u"Remove 1 person from the directory?"_qs;
    request.count = 1;
    request.irreversible = true;
    request.typeToConfirm = u"remove"_qs;
    ConfirmDialog dialog(request);
    dialog.setTypedText(u"REMOVE"_qs); // case does not matter
    QVERIFY(dialog.confirmButton()->isEnabled());
}

void TestConfirmDialog::requiredReasonWaitsForText()
{
    ConfirmRequest request;
    request.action = u"Suspend access"_qs;
    request.question = u"Suspend access for 2 people?"_qs;
    request.count = 2;
    request.reason = ConfirmRequest::Reason::Required;
    ConfirmDialog dialog(request);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.setReason(u"   "_qs);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.setReason(u"HD-1"_qs);
    QVERIFY(dialog.confirmButton()->isEnabled());
}

void TestConfirmDialog::askReportsTheAnswerAndTheReason()
{
    ConfirmRequest request;
    request.action = u"Suspend access"_qs;
    request.question = u"Suspend access for 2 people?"_qs;
    request.names = {u"Aiko Tanaka"_qs, u"Lars Johansson"_qs};
    request.count = 2;
    request.details = u"1 skipped: Already suspended."_qs;
    request.reason = ConfirmRequest::Reason::Optional;
    QString shownNames, shownDetails;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        shownNames = dialog->findChild<QLabel *>(u"confirmNames"_qs)->text();
        shownDetails = dialog->findChild<QLabel *>(u"confirmDetails"_qs)->text();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"confirmReason"_qs), u"HD-9"_qs);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QWidget parent;
    std::optional<ConfirmDialog::Answer> answer;
    ConfirmDialog::ask(&parent, request, this,
                       [&](const ConfirmDialog::Answer &given) { answer = given; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->confirmed);
    QCOMPARE(answer->reason, u"HD-9"_qs);
    QCOMPARE(shownNames, u"Aiko Tanaka and Lars Johansson"_qs);
    QCOMPARE(shownDetails, u"1 skipped: Already suspended."_qs);
}

void TestConfirmDialog::askReportsACancel()
{
    ConfirmRequest request;
    request.action = u"Delete account"_qs;
    request.question = u"Delete 3 accounts?"_qs;
    request.count = 3;
    request.irreversible = true;
    ConfirmDialog::setTestResponder([](ConfirmDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_qs), Qt::LeftButton);
    });
    std::optional<ConfirmDialog::Answer> answer;
    QObject context;
    ConfirmDialog::ask(nullptr, request, &context,
                       [&](const ConfirmDialog::Answer &given) { answer = given; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->confirmed);
}

void TestConfirmDialog::enterDoesNotConfirmSomethingIrreversible()
{
    ConfirmRequest request;
    request.action = u"Delete account"_qs;
    request.question = u"Delete 3 accounts?"_qs;
    request.count = 3;
    request.irreversible = true;
    ConfirmDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setTypedText(u"3"_qs);
    QVERIFY(!dialog.confirmButton()->isDefault());
    QVERIFY(dialog.findChild<QPushButton *>(u"cancelButton"_qs)->isDefault());
}

QTEST_MAIN(TestConfirmDialog)
#include "tst_confirmdialog.moc"
