#pragma once
// A tiny registry of named benchmarks: each one prints figures as "name value unit" lines.
// Later work adds figures by defining another ORDERDESK_BENCH(name) { ... } in any source of the
// orderdesk-bench executable.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace od::bench {

struct Benchmark
{
    const char *name;
    std::function<void()> run;
};

inline QList<Benchmark> &registry()
{
    static QList<Benchmark> benchmarks;
    return benchmarks;
}

struct Registrar
{
    Registrar(const char *name, std::function<void()> run)
    {
        registry().append(Benchmark{name, std::move(run)});
    }
};

/// Prints one figure.
inline void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.3g %s\n", name, value, unit);
    std::fflush(stdout);
}

/// Prints one figure with its budget beside it (the "≤ budget", same unit).
inline void report(const char *name, double value, const char *unit, double budget)
{
    std::printf("%s %.3g %s (budget %g%s)\n", name, value, unit, budget,
                value <= budget ? "" : ", MISSED");
    std::fflush(stdout);
}

inline void report(const QString &name, double value, const char *unit)
{
    report(qPrintable(name), value, unit);
}

/// How a figure grows with the work: `values` measured at `sizes` (ascending, e.g. 1, 10, 100
/// offices). Prints the exponent k of value ∝ size^k over the last step (1: linear, 2:
/// quadratic); the first steps are mostly fixed costs and would flatter the figure.
inline void reportGrowth(const QString &name, const QList<double> &sizes,
                         const QList<double> &values)
{
    const qsizetype n = std::min(sizes.size(), values.size());
    if (n < 2 || values.at(n - 2) <= 0 || sizes.at(n - 2) <= 0)
        return;
    const double k =
        std::log(values.at(n - 1) / values.at(n - 2)) / std::log(sizes.at(n - 1) / sizes.at(n - 2));
    std::printf("%s_growth %.2f exponent (x%g work: x%.3g)\n", qPrintable(name), k,
                sizes.at(n - 1) / sizes.at(n - 2), values.at(n - 1) / values.at(n - 2));
    std::fflush(stdout);
}

/// Median wall time of `runs` calls of `f`, in milliseconds; `setup` runs untimed before each.
inline double medianMs(int runs, const std::function<void()> &f,
                       const std::function<void()> &setup = {})
{
    QList<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer t;
        t.start();
        f();
        ns << t.nsecsElapsed();
    }
    std::sort(ns.begin(), ns.end());
    return ns.at(ns.size() / 2) / 1e6;
}

} // namespace od::bench

#define ORDERDESK_BENCH_CAT2(a, b) a##b
#define ORDERDESK_BENCH_CAT(a, b) ORDERDESK_BENCH_CAT2(a, b)
#define ORDERDESK_BENCH(name)                                                                      \
    static void ORDERDESK_BENCH_CAT(bench_, name)();                                               \
    static const od::bench::Registrar ORDERDESK_BENCH_CAT(registrar_, name)(                       \
        #name, &ORDERDESK_BENCH_CAT(bench_, name));                                                \
    static void ORDERDESK_BENCH_CAT(bench_, name)()
