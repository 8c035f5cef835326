// Placeholder: filled in by the screen's own work.
export function HistoryScreen() {
  return (
    <section className="screen" data-screen="history">
      <h1>ประวัติการแก้ไข</h1>
    </section>
  );
}
