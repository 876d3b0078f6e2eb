#pragma once

#include "ApiExchange.h"

namespace sandbox {

// What a key with scopes cannot do (CATALOG §0.2). User management refuses such a key on every
// call. The org API's writes on people, groups and roles document no scope, so only a key
// without scopes can make them (AX-712, AX-1798); its reads and searches name scopes the key
// may hold, and so do the policy and classification routes, which the sandbox lets through.
enum class ScopeRefusal { None, UserManagement, NoScopeForThisWrite };

ScopeRefusal scopeRefusal(const ApiRequest &request);

} // namespace sandbox
