Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.log_level = :info
  config.log_tags = [ :request_id ]
  config.log_formatter = ::Logger::Formatter.new

  # Rotation is OpsWorks' job (logrotate); Rails only writes.
  # config.logger = ActiveSupport::Logger.new("log/production.log", "daily")

  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger           = ActiveSupport::Logger.new(STDOUT)
    logger.formatter = config.log_formatter
    config.logger    = ActiveSupport::TaggedLogging.new(logger)
  end
end
