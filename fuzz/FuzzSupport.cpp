#include "FuzzSupport.h"

#include <QCoreApplication>

// libFuzzer calls this once before the first input. Some Qt classes (QSettings, QTemporaryDir,
// translations through tr()) expect an application object; it lives until the process ends.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}
