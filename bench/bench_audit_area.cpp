// The Audit log area opening over a large archive: fills an archive with N events (1,000,000 by
// default; realistic fields, stored a big transaction at a time) in a temporary folder, then
// prints, as medians and worst of several runs, the time from making the area (AuditLogPane, as
// the window does) to its first rows laid out and painted (budget 300 ms), what of it reading
// the first page took, and the archive's span and the count the area reads on a worker thread
// just after (budget 200 ms). Full-text
// queries' first rows and counts are bench_audit's (wt-audit-core), over a synced archive.
// The area's sync points at an address that refuses, as when offline: the numbers are the
// archive's and the widgets' alone.
//
//   bench_audit_area [--events N] [--runs R] [--keep FOLDER]

#include "AuditArchive.h"
#include "AuditEventsModel.h"
#include "AuditLogPane.h"
#include "Connection.h"
#include "OrgDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString orgId = QStringLiteral("bench-org-0001");

const char *const firstNames[] = {"Aino",  "Bjorn",   "Chiara", "Dmitri", "Elif",  "Farah",
                                  "Goran", "Hiroshi", "Ines",   "Jonas",  "Kemal", "Lucia",
                                  "Mateo", "Noor",    "Oskar",  "Priya",  "Quinn", "Rosa",
                                  "Sven",  "Tariq",   "Uma",    "Viktor", "Wen",   "Yusuf"};
const char *const lastNames[] = {"Andersen", "Barbieri",  "Castillo", "Dubois",   "Eriksen",
                                 "Fischer",  "Gallagher", "Hakimi",   "Ivanova",  "Jensen",
                                 "Kowalski", "Lindqvist", "Moreau",   "Nakamura", "Okafor",
                                 "Petrov",   "Quintero",  "Rossi",    "Schmidt",  "Tanaka",
                                 "Umarov",   "Varga",     "Weber",    "Zielinski"};
const char *const actions[] = {
    "user_logged_in",      "user_suspended",          "user_restored",
    "user_added_to_group", "user_removed_from_group", "group_created",
    "group_deleted",       "api_token_created",       "api_token_revoked",
    "user_email_changed",  "product_access_granted",  "product_access_revoked",
    "policy_updated",      "domain_verified",         "user_deactivated",
    "user_invited"};
const char *const products[] = {"jira", "confluence", "bitbucket", "loom", "guard_detect"};
const char *const places[][2] = {{"Tallinn", "Estonia"},      {"Berlin", "Germany"},
                                 {"Lyon", "France"},          {"Osaka", "Japan"},
                                 {"Austin", "United States"}, {"Lagos", "Nigeria"},
                                 {"Porto", "Portugal"},       {"Krakow", "Poland"}};

template <typename T, size_t N> const T &pick(const T (&values)[N], QRandomGenerator &random)
{
    return values[random.bounded(int(N))];
}

QString person(int index)
{
    return QStringLiteral("%1 %2").arg(
        QLatin1String(firstNames[index % std::size(firstNames)]),
        QLatin1String(lastNames[(index / std::size(firstNames)) % std::size(lastNames)]));
}

QJsonObject personJson(int index)
{
    const QString name = person(index);
    return {{QStringLiteral("id"),
             QStringLiteral("5b10a2844c20165700ede%1").arg(index, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("type"), QStringLiteral("users")},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("email"),
                          name.toLower().replace(u' ', u'.') + QStringLiteral("@acme.example")}}}};
}

// An event as the API sends it: the archive reads its fields from the JSON.
QJsonObject eventJson(qint64 index, qint64 timeMs, QRandomGenerator &random)
{
    const int actor = random.bounded(576);
    const auto &place = places[random.bounded(int(std::size(places)))];
    const QString product = QLatin1String(pick(products, random));
    QJsonArray context{personJson(random.bounded(576))};
    const QJsonObject container{
        {QStringLiteral("id"), QStringLiteral("site-%1").arg(random.bounded(12))},
        {QStringLiteral("type"), QStringLiteral("sites")},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("siteName"), QStringLiteral("acme-%1").arg(product)},
                     {QStringLiteral("product"), product}}}};
    QJsonObject actorObject = personJson(actor);
    QJsonObject actorFields = actorObject.value(QStringLiteral("attributes")).toObject();
    actorFields.insert(QStringLiteral("id"), actorObject.value(QStringLiteral("id")));
    actorFields.insert(QStringLiteral("auth"),
                       QJsonObject{{QStringLiteral("authType"), QStringLiteral("api-token")},
                                   {QStringLiteral("tokenId"), QStringLiteral("tok-%1").arg(actor)},
                                   {QStringLiteral("tokenLabel"), QStringLiteral("automation")}});
    const QString ip =
        QStringLiteral("203.0.%1.%2").arg(random.bounded(256)).arg(random.bounded(256));
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    return {
        {QStringLiteral("id"), QStringLiteral("evt-%1").arg(index, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("type"), QStringLiteral("events")},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("processedAt"), time.addSecs(40).toString(Qt::ISODateWithMs)},
                     {QStringLiteral("action"), QLatin1String(pick(actions, random))},
                     {QStringLiteral("actor"), actorFields},
                     {QStringLiteral("context"), context},
                     {QStringLiteral("container"), QJsonArray{container}},
                     {QStringLiteral("location"),
                      QJsonObject{{QStringLiteral("ip"), ip},
                                  {QStringLiteral("city"), QLatin1String(place[0])},
                                  {QStringLiteral("countryName"), QLatin1String(place[1])}}}}},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"),
                      QStringLiteral("https://api.atlassian.com/admin/v1/orgs/%1/events/evt-%2")
                          .arg(orgId)
                          .arg(index)}}}};
}

bool fill(const QString &folder, qint64 count)
{
    OrgDatabase database(orgId, folder);
    AuditArchive archive(database.database());
    if (!archive.isOpen()) {
        std::fprintf(stderr, "Cannot open the archive: %s\n", qPrintable(archive.lastError()));
        return false;
    }
    QRandomGenerator random(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 400LL * 24 * 3600 * 1000; // more than the server's 180 days
    constexpr int batch = 20000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < count; first += batch) {
        QList<AuditEvent> events;
        for (qint64 i = first; i < qMin(count, first + batch); ++i) {
            // Oldest first, as the stream sends them.
            const qint64 timeMs = now - span + span * i / count;
            if (auto event = AuditEvent::fromJson(eventJson(i, timeMs, random)))
                events.append(*event);
        }
        if (archive.storePage(events, QStringLiteral("cursor-%1").arg(first), now) < 0) {
            std::fprintf(stderr, "Cannot store: %s\n", qPrintable(archive.lastError()));
            return false;
        }
        std::fprintf(stderr, "\rFilling the archive: %lld of %lld", first + events.size(), count);
    }
    std::fprintf(stderr, "\rFilled %lld events in %.1f s%20s\n", count, timer.elapsed() / 1000.0,
                 "");
    return true;
}

struct Timings
{
    QList<double> ms;
    void add(double value) { ms.append(value); }
    double median() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
    double worst() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void report(const QString &label, const Timings &timings, double budget)
{
    std::printf("%-44s median %7.1f ms   worst %7.1f ms   %s\n", qPrintable(label),
                timings.median(), timings.worst(),
                budget <= 0 ? ""
                : timings.worst() <= budget
                    ? qPrintable(QStringLiteral("(budget %1 ms: ok)").arg(budget))
                    : qPrintable(QStringLiteral("(budget %1 ms: OVER)").arg(budget)));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events in the archive."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep (or reuse) the archive in this folder instead of a temporary one."),
        QStringLiteral("FOLDER"));
    parser.addOptions({eventsOption, runsOption, keepOption});
    parser.process(app);
    const qint64 events = parser.value(eventsOption).toLongLong();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    const bool reuse =
        parser.isSet(keepOption) && QFile::exists(OrgDatabase::filePathFor(orgId, folder));
    if (!reuse && !fill(folder, events))
        return 1;

    OrgDatabase database(orgId, folder);
    const AuditArchive archive(database.database());
    std::printf("Archive: %lld events, %.0f MB\n", archive.span().events,
                archive.span().bytesOnDisk / 1048576.0);

    Timings open, made, firstPage, span, countAll;
    int rowsRead = 0;
    Connection offline(QUrl(QStringLiteral("http://127.0.0.1:1")), orgId, QStringLiteral("none"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            AuditLogPane pane(&offline, nullptr, folder);
            made.add(timer.nsecsElapsed() / 1e6);
            pane.resize(1400, 800);
            pane.show();
            // Until the first rows are laid out and painted.
            while (pane.model()->rowCount() == 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            QCoreApplication::processEvents();
            open.add(timer.nsecsElapsed() / 1e6);
            rowsRead = pane.model()->rowCount();
        }
        span.add(timed([&] { archive.span(); }));
        firstPage.add(
            timed([&] { archive.events(AuditFilter(), AuditEventsModel::pageSize + 1); }));
        countAll.add(timed([&] { archive.count(AuditFilter()); }));
    }
    report(QStringLiteral("Open the area to its first rows"), open, 300);
    report(QStringLiteral("  of which making the pane"), made, 0);
    std::printf("Rows read for the first screen: %d\n", rowsRead);
    report(QStringLiteral("  of which reading the first page"), firstPage, 0);
    report(QStringLiteral("The archive's span (a worker thread)"), span, 0);
    report(QStringLiteral("Count of everything (a worker thread)"), countAll, 200);

    return 0;
}
