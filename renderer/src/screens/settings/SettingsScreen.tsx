// Placeholder: filled in by the screen's own work.
export function SettingsScreen() {
  return (
    <section className="screen" data-screen="settings">
      <h1>ตั้งค่า</h1>
    </section>
  );
}
