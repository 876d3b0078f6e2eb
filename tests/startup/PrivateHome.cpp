// Every test program gets a home of its own, made fresh before main() and removed at exit. The
// tests run two at a time and many of them use QStandardPaths' test mode, which keeps the
// settings, journals and caches under ~/.qttest: with one shared home, one test's setting (the
// directory cache on, say) reached the test running beside it, and a run found what the last
// run left.
#include <QByteArray>
#include <QDir>
#include <QtGlobal>

#include <cstdlib>

namespace {

class PrivateHome
{
public:
    PrivateHome()
    {
        QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/orgdesk-test-home-XXXXXX";
        if (!mkdtemp(pattern.data()))
            qFatal("Cannot make a private home for the test in %s", qPrintable(QDir::tempPath()));
        m_path = QString::fromLocal8Bit(pattern);
        qputenv("HOME", pattern);
        qputenv("XDG_CONFIG_HOME", pattern + "/config");
        qputenv("XDG_DATA_HOME", pattern + "/data");
        qputenv("XDG_CACHE_HOME", pattern + "/cache");
        qputenv("XDG_STATE_HOME", pattern + "/state");
    }

    ~PrivateHome() { QDir(m_path).removeRecursively(); }

private:
    QString m_path;
};

const PrivateHome privateHome;

} // namespace
