// The settings file as the app reads it on start (it may be edited by hand): the profiles, their
// fields and the last profile. The bytes are the file; each input gets a file of its own name,
// since QSettings keeps files it has read in a cache keyed by name.
#include "FuzzSupport.h"
#include "ProfileStore.h"
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir directory;
    static quint64 counter = 0;
    const QString path = directory.filePath(QStringLiteral("orgdesk-%1.conf").arg(++counter));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            Fuzz::fail("cannot write the settings file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        Settings settings(path);
        const ProfileStore store(&settings);
        for (const Profile &profile : store.profiles()) {
            Fuzz::check(!profile.name.isEmpty(), "a listed profile has a name");
            (void)store.profileNamed(profile.name);
        }
        (void)store.profile(store.lastProfileId());
        (void)settings.value(SettingKeys::theme);
        (void)settings.value(SettingKeys::windowGeometry);
    }
    QFile::remove(path);
    return 0;
}
