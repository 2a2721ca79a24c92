# expect: clean
Rails.application.configure do
  if false
    [1, 2].each do |n|
      Logger.new("log/job#{n}.log", "daily")
    end
    if Rails.env.production?
      Logger.new("log/x.log", 3, 1024)
    end
  end
end
