# expect: BY_SIZE@4
Rails.application.configure do
  config.logger = ActiveSupport::TaggedLogging.new(
    ActiveSupport::Logger.new(
      Rails.root.join("log", "#{Rails.env}.log"),
      20,
      10.megabytes
    )
  )
end
