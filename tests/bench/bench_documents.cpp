// Contract and porting-form PDFs (issue 6): how long the rep waits for a preview or an envelope.
#include "../common/Fixtures.h"
#include "Bench.h"
#include "BenchOrders.h"
#include "documents/Documents.h"

using namespace od;

namespace {

const Catalog &documentsCatalog()
{
    static const Catalog c = Catalog::bundled().value();
    return c;
}

} // namespace

ORDERDESK_BENCH(documents)
{
    const Catalog &catalog = documentsCatalog();

    // Every catalog country, 5 offices of 100 reserved numbers each: some 35 pages.
    const Order maximal = fixtures::maximalOrder(catalog);
    qsizetype bytes = 0;
    od::bench::report(
        "contract_pdf_max_order_ms",
        od::bench::medianMs(5, [&] { bytes = documents::contract(maximal, catalog)->pdf.size(); }),
        "ms", 1000);
    od::bench::report("contract_pdf_max_order_kb", bytes / 1024.0, "KiB");

    // Germany, 20 DDI ranges and a number: one form each (21 PDFs).
    const Order porting = fixtures::portingOrder(catalog, QDate(2026, 12, 3), 20);
    od::bench::report("porting_forms_20_ranges_ms",
                      od::bench::medianMs(5,
                                          [&] {
                                              for (const documents::PortingForm &form :
                                                   documents::portingForms(porting, catalog))
                                                  documents::portingForm(porting, catalog, form);
                                          }),
                      "ms");
    od::bench::report("contract_pdf_porting_20_ranges_ms",
                      od::bench::medianMs(5, [&] { documents::contract(porting, catalog); }), "ms");

    // How the contract grows with the offices (100 numbers each).
    QList<double> sizes;
    QList<double> values;
    for (const int offices : od::bench::kOfficeSizes) {
        const Order order = od::bench::orderWithOffices(catalog, offices);
        sizes << offices;
        values << od::bench::medianMs(3, [&] { documents::contract(order, catalog); });
        od::bench::report(QStringLiteral("contract_pdf_%1_offices_ms").arg(offices), values.last(),
                          "ms");
    }
    od::bench::reportGrowth(QStringLiteral("contract_pdf_offices"), sizes, values);
}
