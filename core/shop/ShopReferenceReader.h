#pragma once

#include "ShopRows.h"
#include "common/Result.h"

namespace rd {

class ShopDatabase;

// The small reference lists, read whole: deliveries (with their allowed payments), payments,
// order statuses, each with its modRetailCRM code (nullopt when NULL or the column is missing).
//
//   Result<ShopReferences> refs = ShopReferenceReader::read(db);
//   refs->status(2)->crmCode
class ShopReferenceReader final
{
public:
    static Result<ShopReferences> read(ShopDatabase &db);
};

} // namespace rd
