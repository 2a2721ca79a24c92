# expect: BY_PERIOD@3
Rails.application.configure do
  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(config.paths["log"].first, 'weekly'))
end
