#include "ui/analysis/isi_view.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <ostream>

#include "core/model/numbers.h"
#include "ui/plots/plot_style.h"
#include "ui/style/display_format.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {
/// Redraws at most this often (ms): a histogram of thousands of intervals need not follow every spike.
constexpr int kRefreshInterval_ms = 250;
}  // namespace

IsiView::IsiView(QWidget* parent) : QWidget(parent), statistics_(kDefaultLastIntervals) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    auto* lastLabel = new QLabel(tr("Last"), this);
    lastN_ = new QSpinBox(this);
    lastN_->setObjectName(QStringLiteral("isiLastIntervals"));
    lastN_->setRange(2, static_cast<int>(IsiStatistics::kMaxKeptIntervals));
    lastN_->setValue(kDefaultLastIntervals);
    lastN_->setSuffix(tr(" intervals"));
    lastN_->setAccessibleName(tr("Number of recent intervals summarised"));
    lastN_->setAccessibleDescription(tr("How many of the latest inter-spike intervals the statistics cover"));
    lastLabel->setBuddy(lastN_);
    wholeRun_ = new QCheckBox(tr("&Whole run"), this);
    wholeRun_->setObjectName(QStringLiteral("isiWholeRun"));
    wholeRun_->setAccessibleDescription(tr("Summarise every interval since the run started"));
    controls->addWidget(lastLabel);
    controls->addWidget(lastN_);
    controls->addWidget(wholeRun_);
    controls->addStretch(1);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("isiSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tabs_ = new QTabWidget(this);
    histogram_ = new QCustomPlot(tabs_);
    histogram_->setObjectName(QStringLiteral("isiHistogram"));
    stylePlot(*histogram_, tr("inter-spike interval (ms)"), tr("count"));
    bars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    bars_->setPen(plotPen(palette::blue()));
    bars_->setBrush(palette::skyBlue());
    returnMap_ = new QCustomPlot(tabs_);
    returnMap_->setObjectName(QStringLiteral("isiReturnMap"));
    stylePlot(*returnMap_, tr("ISI n (ms)"), tr("ISI n+1 (ms)"));
    diagonal_ = returnMap_->addGraph();
    diagonal_->setPen(plotPen(palette::muted(), 1.0, Qt::DashLine));
    pairs_ = returnMap_->addGraph();
    pairs_->setLineStyle(QCPGraph::lsNone);
    pairs_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, palette::blue(), 5));
    tabs_->addTab(histogram_, tr("&Histogram"));
    tabs_->addTab(returnMap_, tr("Return &map"));
    tabs_->setTabToolTip(0, tr("How often each inter-spike interval occurs"));
    tabs_->setTabToolTip(1, tr("Each interval against the next: regular firing is one point"));
    for (QCustomPlot* plot : {histogram_, returnMap_}) {
        plot->setMinimumSize(240, 160);
    }

    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(tabs_, 1);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(kRefreshInterval_ms);
    connect(refreshTimer_, &QTimer::timeout, this, &IsiView::refresh);
    connect(lastN_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        if (!wholeRun_->isChecked()) setLastIntervals(static_cast<std::size_t>(value));
    });
    connect(wholeRun_, &QCheckBox::toggled, this, [this](bool whole) {
        lastN_->setEnabled(!whole);
        setLastIntervals(whole ? IsiStatistics::kWholeRun : static_cast<std::size_t>(lastN_->value()));
    });
    refresh();
}

void IsiView::addSpikes(const QVector<double>& spikes_ms) {
    for (const double t : spikes_ms) {
        statistics_.addSpike(t);
    }
    if (!spikes_ms.isEmpty()) {
        scheduleRefresh();
    }
}

void IsiView::reset() {
    statistics_.reset();
    refresh();
}

void IsiView::setLastIntervals(std::size_t lastIntervals) {
    statistics_.setLastIntervals(lastIntervals);
    refresh();
}

void IsiView::scheduleRefresh() {
    dirty_ = true;
    if (!refreshTimer_->isActive()) {
        refreshTimer_->start();
    }
}

QCustomPlot* IsiView::currentPlot() const {
    return tabs_->currentIndex() == 1 ? returnMap_ : histogram_;
}

QString IsiView::summaryText() const {
    const IsiStatistics::Summary s = statistics_.summary();
    if (s.intervals == 0) {
        return tr("No intervals yet (%n spike(s) so far).", nullptr, static_cast<int>(s.spikes));
    }
    return tr("%n interval(s): rate %1, mean ISI %2, SD %3, CV %4", nullptr, static_cast<int>(s.intervals))
        .arg(displayQuantity(s.rate_Hz, "Hz", 4), displayQuantity(s.meanIsi_ms, "ms", 4),
             displayQuantity(s.sdIsi_ms, "ms", 3), displayNumber(s.cv, 3));
}

void IsiView::refresh() {
    dirty_ = false;
    summary_->setText(summaryText());
    const IsiStatistics::Histogram h = statistics_.histogram(kHistogramBins);
    QVector<double> centres;
    QVector<double> counts;
    double highest = 1.0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        centres.push_back(h.start_ms + (static_cast<double>(i) + 0.5) * h.binWidth_ms);
        counts.push_back(static_cast<double>(h.counts[i]));
        highest = std::max(highest, counts.back());
    }
    bars_->setWidth(h.binWidth_ms > 0.0 ? h.binWidth_ms : 1.0);
    bars_->setData(centres, counts, true);
    if (!centres.isEmpty()) {
        const double pad = std::max(h.binWidth_ms, 0.05 * (centres.back() - centres.front()));
        histogram_->xAxis->setRange(h.start_ms - pad,
                                    h.start_ms + h.binWidth_ms * static_cast<double>(counts.size()) + pad);
    }
    histogram_->yAxis->setRange(0.0, highest * 1.1);

    QVector<double> x;
    QVector<double> y;
    double lo = 0.0;
    double hi = 1.0;
    bool first = true;
    for (const auto& [a, b] : statistics_.returnMap()) {
        x.push_back(a);
        y.push_back(b);
        lo = first ? std::min(a, b) : std::min({lo, a, b});
        hi = first ? std::max(a, b) : std::max({hi, a, b});
        first = false;
    }
    pairs_->setData(x, y);
    const double pad = std::max(0.5, 0.08 * (hi - lo));
    diagonal_->setData({lo - pad, hi + pad}, {lo - pad, hi + pad});
    returnMap_->xAxis->setRange(lo - pad, hi + pad);
    returnMap_->yAxis->setRange(lo - pad, hi + pad);
    if (isVisible()) {
        histogram_->replot(QCustomPlot::rpQueuedReplot);
        returnMap_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void IsiView::writeCsv(std::ostream& out) const {
    const IsiStatistics::Summary s = statistics_.summary();
    out << "# lifscope inter-spike intervals\n"
        << "# summarised: "
        << (statistics_.lastIntervals() == IsiStatistics::kWholeRun ? std::string("whole run")
                                                                    : "last " + std::to_string(s.intervals))
        << "\n"
        << "# spikes: " << s.spikes << "\n"
        << "# intervals: " << s.intervals << "\n"
        << "# rate_Hz: " << formatRoundTrip(s.rate_Hz) << "\n"
        << "# mean_isi_ms: " << formatRoundTrip(s.meanIsi_ms) << "\n"
        << "# sd_isi_ms: " << formatRoundTrip(s.sdIsi_ms) << "\n"
        << "# cv: " << formatRoundTrip(s.cv) << "\n"
        << "index,isi_ms\n";
    std::size_t index = 0;
    for (const double isi : statistics_.keptIntervals()) {
        out << index++ << ',' << formatRoundTrip(isi) << '\n';
    }
}

}  // namespace lif::ui
