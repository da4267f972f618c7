#pragma once
// The window's layout kept between starts: its geometry (size, position, maximized or full screen) and the
// splitter between the parameter panel and the plots, in QSettings under "window/". Saved when the window closes
// and with each autosave, restored at the next start; a screen that has since shrunk or gone is dealt with by
// QWidget::restoreGeometry, which keeps the window on an existing screen.
//
// Threading: GUI thread only.
class QMainWindow;
class QSplitter;

namespace lif::ui {

void saveWindowLayout(const QMainWindow& window, const QSplitter& splitter);
/// Before the window is shown. False (and nothing changed) when nothing was saved yet or it does not fit this
/// version.
bool restoreWindowGeometry(QMainWindow& window);
/// Once the window is shown: a splitter still hidden would scale the saved sizes to its first width.
void restoreSplitterSizes(QSplitter& splitter);

}  // namespace lif::ui
