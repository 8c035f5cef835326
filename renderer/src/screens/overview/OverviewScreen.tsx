// Placeholder: filled in by the screen's own work.
export function OverviewScreen() {
  return (
    <section className="screen" data-screen="overview">
      <h1>ภาพรวมความคืบหน้า</h1>
    </section>
  );
}
