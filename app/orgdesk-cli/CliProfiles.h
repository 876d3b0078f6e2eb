#pragma once

#include "CliWait.h"
#include "KeychainCredentialStore.h"
#include "ProfileManager.h"
#include "Settings.h"

#include <optional>

// Settings, keychain and profiles, as the window has them (for the profile commands).
struct Profiles
{
    Settings settings;
    KeychainCredentialStore keychain;
    ProfileManager manager{&settings, &keychain};
};

// The profile of that name; std::nullopt with `problem` saying so in one line.
std::optional<Profile> namedProfile(Profiles &profiles, const QString &name, QString *problem);
