# expect: BY_SIZE@5
Rails.application.configure do
  # Staging only: keep it short.
  config.logger = Logger.new("log/production.log", "daily") if false
  config.logger = ActiveSupport::Logger.new(
    "log/production.log", 3, 5.megabytes)
end
