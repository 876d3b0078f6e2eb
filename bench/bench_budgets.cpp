// The design's budgets for a large organization, measured as a person meets them: the real
// window opening the Users area on an orgdesk-sandbox process (100,000 people by default). Each
// round starts the client twice as a process of its own (this program with --client): first with
// no directory cache (the first page, then Load all), then again with the cache the first run
// left. The times are taken here, from the client's start to the moment it reports a stage on
// its standard output:
//   window on screen (budget 500 ms), first rows painted (300 ms), every person in the table
//   (with a warm cache: 1 s), one keystroke of filter-as-you-type over all rows, typed into the
//   search field and painted (16 ms; median and worst of 50), the client's peak resident memory
//   (150 MB).
// With --listing it then runs bench_listing at 0 ms and at 150 ms of latency, which lists the
// same people sequentially, in parallel and with the Python peer, in turns within one run.
//
//   bench_budgets [--people N] [--rounds R] [--seed S] [--listing]
//
// QT_QPA_PLATFORM defaults to offscreen; under xvfb-run the window is a real X11 window.

#include "Connection.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "ProcessFigures.h"
#include "SandboxProcess.h"
#include "SecretGuard.h"
#include "UsersAreaWatch.h"
#include "UsersPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Options
{
    int people = 100000;
    int rounds = 3;
    QString seed = QStringLiteral("3");
    bool listing = false;
    bool client = false;
    QUrl baseUrl;
    QString orgId;
};

void say(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

void sayFigure(const char *name, double value)
{
    std::printf("figure %s %.2f\n", name, value);
    std::fflush(stdout);
}

// --- the client: this program as the window, started by the measuring side ---

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Types 50 keystrokes of filter-as-you-type into the area's search field, each word cleared
// after; each keystroke timed from the key press to the table repainted. Empty when the rows were
// not narrowed as the words were typed (a search that waits for a pause times nothing).
QList<double> typeFilterKeystrokes(ListAreaPane *pane, int people)
{
    const QStringList words = {QStringLiteral("maria"), QStringLiteral("jonas"),
                               QStringLiteral("lee"),   QStringLiteral("kowal"),
                               QStringLiteral("ann"),   QStringLiteral("smith"),
                               QStringLiteral("nakam"), QStringLiteral("petro"),
                               QStringLiteral("ines"),  QStringLiteral("okafor")};
    QLineEdit *field = pane->searchField();
    QList<double> times;
    auto timed = [&](const std::function<void()> &keystroke) {
        QElapsedTimer timer;
        timer.start();
        keystroke();
        QCoreApplication::processEvents();
        pane->view()->viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    };
    for (const QString &word : words) {
        for (const QChar letter : word)
            timed([&] { QTest::keyClick(field, letter.toLatin1()); });
        if (pane->view()->model()->rowCount() >= people)
            return {};
        timed([&] { QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier); });
        if (times.size() >= 50)
            break;
        timed([&] { QTest::keyClick(field, Qt::Key_Backspace); });
    }
    return times.mid(0, 50);
}

int runClient(int argc, char *argv[], const Options &options)
{
    QApplication app(argc, argv);
    MainWindow window;
    UsersAreaWatch watch(&window, options.people, [](const char *stage) {
        std::printf("mark %s\n", stage);
        std::fflush(stdout);
    });
    window.resize(1440, 900);
    window.show();
    window.setConnection(
        new Connection(options.baseUrl, options.orgId, SecretGuard::environmentKey()));
    window.showArea(QStringLiteral("users"));
    auto *pane = window.findChild<UsersPane *>();
    if (!pane) {
        say("error: the Users area did not open");
        return 1;
    }
    watch.watchPane(pane);
    PagedTableModel *model = pane->pagedModel();
    QObject::connect(model, &PagedTableModel::errorOccurred, &app, [](const ApiError &error) {
        std::printf("error %s\n", qPrintable(error.detailedMessage()));
        QCoreApplication::exit(1);
    });
    // Without a cache the first page is all there is: Load all, as a person would.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, pane, [&] {
        if (!watch.allRowsShown() && pane->loadAllButton()->isEnabled() && !model->isFetchingAll())
            pane->loadAllButton()->click();
    });
    QObject::connect(&watch, &UsersAreaWatch::allRowsReached, pane, [&] {
        const QList<double> keystrokes = typeFilterKeystrokes(pane, options.people);
        if (keystrokes.isEmpty()) {
            say("error: the search did not narrow the rows as the words were typed");
            QCoreApplication::exit(1);
            return;
        }
        sayFigure("keystroke-median-ms", median(keystrokes));
        sayFigure("keystroke-worst-ms", *std::max_element(keystrokes.cbegin(), keystrokes.cend()));
        sayFigure("peak-mib", ProcessFigures::procStatusMiB("VmHWM"));
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

// --- the measuring side ---

struct ClientRun
{
    QMap<QString, double> values; // stage marks in ms from the start, and figures
    bool ok = false;
};

ClientRun measureClient(const Options &options, const SandboxProcess &sandbox,
                        const QProcessEnvironment &environment)
{
    QProcess client;
    QProcessEnvironment clientEnvironment = environment;
    clientEnvironment.insert(QStringLiteral("ORGDESK_API_KEY"), sandbox.apiKey());
    client.setProcessEnvironment(clientEnvironment);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ClientRun run;
    QElapsedTimer sinceStart;
    QEventLoop loop;
    QObject::connect(&client, &QProcess::readyReadStandardOutput, &loop, [&] {
        while (client.canReadLine()) {
            const QList<QByteArray> words = client.readLine().trimmed().split(' ');
            if (words.value(0) == "mark")
                run.values.insert(QString::fromUtf8(words.value(1)),
                                  double(sinceStart.nsecsElapsed()) / 1e6);
            else if (words.value(0) == "figure")
                run.values.insert(QString::fromUtf8(words.value(1)), words.value(2).toDouble());
            else
                std::fprintf(stderr, "client: %s\n", words.join(' ').constData());
        }
    });
    QObject::connect(&client, &QProcess::finished, &loop, [&](int code, QProcess::ExitStatus how) {
        run.ok = how == QProcess::NormalExit && code == 0;
        loop.quit();
    });
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    sinceStart.start();
    client.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), QStringLiteral("--people"),
                  QString::number(options.people), QStringLiteral("--base-url"),
                  sandbox.baseUrl().toString(), QStringLiteral("--org-id"), sandbox.orgId()});
    loop.exec();
    if (client.state() != QProcess::NotRunning) {
        client.kill();
        client.waitForFinished();
    }
    return run;
}

struct Budget
{
    const char *label;
    const char *run; // "cold" or "warm"
    const char *value;
    double limit;
    const char *unit;
};

void printTable(const QList<Budget> &budgets, const QMap<QString, QList<double>> &samples)
{
    std::printf("\n%-44s %-18s %-10s %s\n", "budget", "measured (min-max)", "target", "met");
    for (const Budget &budget : budgets) {
        const QList<double> values = samples.value(
            QString::fromLatin1(budget.run) + QLatin1Char('/') + QString::fromLatin1(budget.value));
        if (values.isEmpty()) {
            std::printf("%-44s %-18s\n", budget.label, "not reached");
            continue;
        }
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        const QString range = QStringLiteral("%1-%2 %3")
                                  .arg(*low, 0, 'f', 1)
                                  .arg(*high, 0, 'f', 1)
                                  .arg(QLatin1String(budget.unit));
        std::printf("%-44s %-18s <= %-7g %s\n", budget.label, qPrintable(range), budget.limit,
                    *high <= budget.limit ? "yes" : "NO");
    }
}

bool runListingBench(const Options &options, int latency)
{
    QProcess listing;
    listing.setProcessChannelMode(QProcess::ForwardedChannels);
    listing.start(QStringLiteral(ORGDESK_LISTING_BENCH_PATH),
                  {QStringLiteral("--people"), QString::number(options.people),
                   QStringLiteral("--latency"), QString::number(latency), QStringLiteral("--runs"),
                   QString::number(std::max(1, options.rounds - 1)), QStringLiteral("--seed"),
                   options.seed});
    return listing.waitForFinished(-1) && listing.exitCode() == 0;
}

int measure(int argc, char *argv[], const Options &options)
{
    QCoreApplication app(argc, argv);
    SandboxProcess sandbox;
    if (!sandbox.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                       {QStringLiteral("--users"), QString::number(options.people),
                        QStringLiteral("--seed"), options.seed})) {
        std::fprintf(stderr, "orgdesk-sandbox did not start\n");
        return 1;
    }
    // The client's settings and directory cache live in a folder of their own.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")) &&
        !environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::printf("orgdesk-sandbox: %d people, seed %s; %d rounds of a cold and a warm start\n",
                options.people, qPrintable(options.seed), options.rounds);

    QMap<QString, QList<double>> samples;
    for (int round = 1; round <= options.rounds; ++round) {
        QDir(home.filePath(QStringLiteral("XDG_DATA_HOME"))).removeRecursively();
        for (const char *start : {"cold", "warm"}) {
            const ClientRun run = measureClient(options, sandbox, environment);
            if (!run.ok) {
                std::fprintf(stderr, "round %d, %s start: the client failed\n", round, start);
                return 1;
            }
            std::printf("round %d, %s:", round, start);
            for (auto it = run.values.cbegin(); it != run.values.cend(); ++it) {
                samples[QString::fromLatin1(start) + QLatin1Char('/') + it.key()].append(
                    it.value());
                std::printf(" %s %.1f", qPrintable(it.key()), it.value());
            }
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    printTable({{"window on screen from process start", "cold", "window", 500, "ms"},
                {"first rows painted from process start", "cold", "first-rows", 300, "ms"},
                {"all rows shown, warm cache, from start", "warm", "all-rows", 1000, "ms"},
                {"filter keystroke, all rows, median", "warm", "keystroke-median-ms", 16, "ms"},
                {"filter keystroke, all rows, worst of 50", "warm", "keystroke-worst-ms", 16, "ms"},
                {"client peak resident memory, cold", "cold", "peak-mib", 150, "MiB"},
                {"client peak resident memory, warm", "warm", "peak-mib", 150, "MiB"},
                {"all rows shown, no cache (Load all)", "cold", "all-rows", 1e9, "ms"}},
               samples);
    if (!options.listing)
        return 0;
    for (const int latency : {0, 150}) {
        std::printf("\n--- listing, %d ms latency ---\n", latency);
        std::fflush(stdout);
        if (!runListingBench(options, latency))
            return 1;
    }
    return 0;
}

Options parseOptions(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption people(QStringLiteral("people"),
                                    QStringLiteral("People in the sandbox (default 100,000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Cold and warm starts (default 3)."),
                                    QStringLiteral("R"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Sandbox seed."),
                                  QStringLiteral("S"));
    const QCommandLineOption listing(QStringLiteral("listing"),
                                     QStringLiteral("Then run bench_listing at 0 and 150 ms."));
    const QCommandLineOption client(QStringLiteral("client"),
                                    QStringLiteral("Be the window (started by this program)."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("The sandbox."),
                                     QStringLiteral("URL"));
    const QCommandLineOption orgId(QStringLiteral("org-id"), QStringLiteral("Its organization."),
                                   QStringLiteral("ID"));
    parser.addOptions({people, rounds, seed, listing, client, baseUrl, orgId});
    parser.process(arguments);
    Options options;
    if (parser.isSet(people))
        options.people = std::max(1, parser.value(people).toInt());
    if (parser.isSet(rounds))
        options.rounds = std::max(1, parser.value(rounds).toInt());
    if (parser.isSet(seed))
        options.seed = parser.value(seed);
    options.listing = parser.isSet(listing);
    options.client = parser.isSet(client);
    options.baseUrl = QUrl(parser.value(baseUrl));
    options.orgId = parser.value(orgId);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    SecretGuard::takeEnvironmentKey();
    const Options options = parseOptions(argc, argv);
    return options.client ? runClient(argc, argv, options) : measure(argc, argv, options);
}
