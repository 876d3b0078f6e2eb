// The audit log's search box: whatever a person types becomes an FTS5 expression that SQLite
// accepts (AuditSearchText promises no syntax error), run against the archive's own index.
#include "AuditSearchText.h"
#include "FuzzSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QSqlDatabase index()
{
    static const QSqlDatabase database = [] {
        QSqlDatabase opened = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        opened.setDatabaseName(QStringLiteral(":memory:"));
        Fuzz::check(opened.open(), "an in-memory database opens");
        QSqlQuery create(opened);
        Fuzz::check(create.exec(QStringLiteral(
                        "CREATE VIRTUAL TABLE events_fts USING fts5(action, body, content='',"
                        " tokenize='unicode61 remove_diacritics 2', prefix='2 3')")),
                    "the index is created");
        Fuzz::check(
            create.exec(QStringLiteral("INSERT INTO events_fts(rowid, action, body) "
                                       "VALUES (1, 'user suspended', 'Jane Doe 10 0 0 1')")),
            "a row is indexed");
        return opened;
    }();
    return database;
}

const QList<EventAction> catalogue{
    {QStringLiteral("user_suspended"), QStringLiteral("Suspended user"),
     QStringLiteral("User management")},
    {QStringLiteral("api_key_revoked"), QStringLiteral("Revoked an API key"),
     QStringLiteral("API keys")}};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString expression = AuditSearchText::matchExpression(typed, catalogue);
    if (expression.isEmpty())
        return 0;
    QSqlQuery query(index());
    query.prepare(QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?"));
    query.addBindValue(expression);
    if (!query.exec()) {
        std::fprintf(stderr, "typed: %s\nexpression: %s\nerror: %s\n", qPrintable(typed),
                     qPrintable(expression), qPrintable(query.lastError().text()));
        Fuzz::fail("FTS5 accepts every expression made of typed text");
    }
    return 0;
}
